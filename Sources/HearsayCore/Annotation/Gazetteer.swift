/// Place names by their first word, for longest-match lookup over tokens.
struct Gazetteer: Sendable {
    /// What kind of place a name is.
    enum Kind: String, Sendable {
        case country, state, city, continent, region, feature
    }

    /// One name of a place, split into words the way the tokenizer splits text.
    struct Entry: Sendable {
        let words: [String]
        let kind: Kind
        let population: Int
        /// The name is also an ordinary English word ("Reading", "Mobile").
        let isCommonWord: Bool
        /// The name is also a common given name or surname ("Austin", "Clinton").
        let isPersonName: Bool
        /// The name is a month or weekday ("March").
        let isCalendarWord: Bool
    }

    private var byFirstWord: [String: [Entry]] = [:]

    init(entries: [Entry]) {
        byFirstWord.reserveCapacity(entries.count)
        for entry in entries {
            guard let first = entry.words.first else { continue }
            byFirstWord[first, default: []].append(entry)
        }
        for (key, bucket) in byFirstWord where bucket.count > 1 {
            byFirstWord[key] = bucket.sorted { $0.words.count > $1.words.count }
        }
    }

    /// The longest entry whose words match `words` from `start` (each compared by `key`), and its length.
    func longestMatch(_ words: [String], from start: Int) -> Entry? {
        guard start < words.count, let candidates = byFirstWord[words[start]] else { return nil }
        for entry in candidates where start + entry.words.count <= words.count {
            if entry.words.indices.allSatisfy({ words[start + $0] == entry.words[$0] }) { return entry }
        }
        return nil
    }

    /// Whether any name starts with this word.
    func hasNames(startingWith word: String) -> Bool { byFirstWord[word] != nil }

    /// Parses `places.tsv`: name, kind, country code, population, flags; '#' lines are comments.
    static func parse(_ bytes: [UInt8]) -> Gazetteer {
        var entries: [Entry] = []
        entries.reserveCapacity(bytes.count / 24)
        var previous = ""
        DataFile.forEachLine(bytes) { fields in
            // The file is sorted by name, main sense first: a repeated name is a further sense, skipped.
            guard fields.count >= 2, let kind = Kind(rawValue: fields[1]), fields[0] != previous else { return }
            previous = fields[0]
            let flags = fields.count > 4 ? fields[4].split(separator: ",") : []
            entries.append(Entry(words: words(of: fields[0]), kind: kind, population: fields.count > 3 ? Int(fields[3]) ?? 0 : 0,
                                 isCommonWord: flags.contains("word"),
                                 isPersonName: flags.contains("given") || flags.contains("surname"),
                                 isCalendarWord: flags.contains("month") || flags.contains("weekday")))
        }
        return Gazetteer(entries: entries)
    }

    /// A name split as the tokenizer splits text; plain names of letters and spaces take the quick way.
    private static func words(of name: String) -> [String] {
        if name.utf8.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x20 }) {
            return name.split(separator: " ").map(String.init)
        }
        return Tokenizer.tokenize(name, base: 0, words: .empty).map(\.text)
    }
}

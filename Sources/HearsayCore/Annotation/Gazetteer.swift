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
        /// An abbreviation or alternate form rather than the primary name.
        let isAlias: Bool
    }

    private var byFirstWord: [String: [Entry]] = [:]

    init(entries: [Entry]) {
        for entry in entries {
            guard let first = entry.words.first else { continue }
            byFirstWord[first, default: []].append(entry)
        }
        for key in byFirstWord.keys {
            byFirstWord[key]?.sort { $0.words.count > $1.words.count }
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
    static func parse(_ text: String) -> Gazetteer {
        var entries: [Entry] = []
        var seen: Set<String> = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2, let kind = Kind(rawValue: fields[1]) else { continue }
            guard seen.insert(fields[0]).inserted else { continue }
            let flags = Set((fields.count > 4 ? fields[4] : "").split(separator: ",").map(String.init))
            let words = Tokenizer.tokenize(Array(fields[0].unicodeScalars), base: 0).map(\.text)
            entries.append(Entry(words: words, kind: kind, population: fields.count > 3 ? Int(fields[3]) ?? 0 : 0,
                                 isCommonWord: flags.contains("word"),
                                 isPersonName: flags.contains("given") || flags.contains("surname"),
                                 isCalendarWord: flags.contains("month") || flags.contains("weekday"),
                                 isAlias: flags.contains("alias")))
        }
        return Gazetteer(entries: entries)
    }
}

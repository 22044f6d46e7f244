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

    /// The bucket number of each first word of a name.
    private let firstWords: [String: Int]
    /// The same for ASCII words, looked up from their bytes without hashing a String.
    private let asciiFirstWords: ByteKeyIndex
    /// The names starting with the first word of bucket i are `entries[bucketEnds[i - 1] ..< bucketEnds[i]]`
    /// (from 0 for the first), longest first.
    private let entries: [Entry]
    private let bucketEnds: [Int32]

    init(entries: [Entry]) {
        var byFirstWord: [String: [Entry]] = [:]
        byFirstWord.reserveCapacity(entries.count)
        for entry in entries {
            guard let first = entry.words.first else { continue }
            byFirstWord[first, default: []].append(entry)
        }
        var numbers: [String: Int] = [:], asciiNumbers: [String: Int] = [:], flat: [Entry] = [], ends: [Int32] = []
        for (key, bucket) in byFirstWord {
            numbers[key] = ends.count
            if let ascii = Self.asciiEquivalent(key) { asciiNumbers[ascii] = ends.count }
            flat += bucket.count > 1 ? bucket.sorted { $0.words.count > $1.words.count } : bucket
            ends.append(Int32(flat.count))
        }
        firstWords = numbers
        asciiFirstWords = ByteKeyIndex(asciiNumbers)
        self.entries = flat
        bucketEnds = ends
    }

    /// The ASCII string that `String ==` finds equal to `word`, if there is one: the word itself, or with the
    /// only non-ASCII scalars whose canonical form is ASCII (KELVIN SIGN, GREEK QUESTION MARK, GREEK VARIA) mapped.
    private static func asciiEquivalent(_ word: String) -> String? {
        var scalars = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            switch scalar {
            case "\u{212A}": scalars.append("K")
            case "\u{037E}": scalars.append(";")
            case "\u{1FEF}": scalars.append("`")
            default:
                guard scalar.isASCII else { return nil }
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// The bucket of names starting with `word`, found as `String ==` would find it.
    private func bucketNumber(_ word: String) -> Int? {
        word.utf8.allSatisfy { $0 < 0x80 } ? asciiFirstWords.number(of: word) : firstWords[word]
    }

    /// The names starting with first word `number`, longest first.
    private func bucket(_ number: Int) -> ArraySlice<Entry> {
        entries[(number > 0 ? Int(bucketEnds[number - 1]) : 0)..<Int(bucketEnds[number])]
    }

    /// The names starting with `word`, longest first (empty when none does).
    private func candidates(_ word: String) -> ArraySlice<Entry> {
        bucketNumber(word).map(bucket) ?? []
    }

    /// The longest entry whose words match `words` from `start`.
    func longestMatch(_ words: [String], from start: Int) -> Entry? {
        guard start < words.count else { return nil }
        for entry in candidates(words[start]) where start + entry.words.count <= words.count {
            if entry.words.indices.allSatisfy({ words[start + $0] == entry.words[$0] }) { return entry }
        }
        return nil
    }

    /// The longest entry whose words are the texts of `tokens` from `start`, or with `titleCased` their
    /// `Token.titleCased` forms. Only the first word is looked up, from its bytes.
    func longestMatch(_ tokens: [Token], from start: Int, titleCased: Bool) -> Entry? {
        guard start < tokens.count else { return nil }
        for entry in candidates(titleCased ? tokens[start].titleCased : tokens[start].text)
        where start + entry.words.count <= tokens.count {
            if entry.words.indices.dropFirst().allSatisfy({ offset in
                let token = tokens[start + offset]
                return (titleCased ? token.titleCased : token.text) == entry.words[offset]
            }) { return entry }
        }
        return nil
    }

    /// The entry that is this one word, if any (as `longestMatch([word], from: 0)`).
    func entry(named word: String) -> Entry? {
        candidates(word).first { $0.words.count <= 1 }
    }

    /// Whether any name starts with this word.
    func hasNames(startingWith word: String) -> Bool { bucketNumber(word) != nil }

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

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
    private let firstWords: NameWordIndex
    /// The names starting with the first word of bucket i are `entries[bucketEnds[i - 1] ..< bucketEnds[i]]`
    /// (from 0 for the first), longest first.
    private let entries: [Entry]
    private let bucketEnds: [Int32]
    /// The words of entry i are `words[wordEnds[i - 1] ..< wordEnds[i]]`: the words of all names in one array,
    /// so that scanning a bucket reads adjacent memory instead of each entry's own array.
    private let words: [String]
    private let wordEnds: [Int32]

    init(entries: [Entry]) {
        var byFirstWord: [String: [Entry]] = [:]
        byFirstWord.reserveCapacity(entries.count)
        for entry in entries {
            guard let first = entry.words.first else { continue }
            byFirstWord[first, default: []].append(entry)
        }
        var keys: [String] = [], flat: [Entry] = [], ends: [Int32] = []
        for (key, bucket) in byFirstWord {
            keys.append(key)
            flat += bucket.count > 1 ? bucket.sorted { $0.words.count > $1.words.count } : bucket
            ends.append(Int32(flat.count))
        }
        firstWords = NameWordIndex(keys)
        self.entries = flat
        bucketEnds = ends
        words = flat.flatMap(\.words)
        var end: Int32 = 0
        wordEnds = flat.map { entry in
            end += Int32(entry.words.count)
            return end
        }
    }

    /// The longest entry whose words match `words` from `start`.
    func longestMatch(_ words: [String], from start: Int) -> Entry? {
        guard start < words.count, let bucket = firstWords.number(of: words[start]) else { return nil }
        return firstEntry(inBucket: bucket, fitting: words.count - start) { words[start + $0] == $1 }
    }

    /// The longest entry whose words are the texts of `tokens` from `start` (ending by `end`, by default the
    /// paragraph's end), or with `titleCased` their `Token.titleCased` forms. Only the first word is looked up,
    /// from its bytes.
    func longestMatch(_ tokens: [Token], from start: Int, end: Int? = nil, titleCased: Bool = false) -> Entry? {
        let end = end ?? tokens.count
        guard start < end else { return nil }
        func form(_ token: Token) -> String { titleCased ? token.titleCased : token.text }
        guard let bucket = firstWords.number(of: form(tokens[start])) else { return nil }
        return firstEntry(inBucket: bucket, fitting: end - start) { form(tokens[start + $0]) == $1 }
    }

    /// The entry that is this one word, if any (as `longestMatch([word], from: 0)`).
    func entry(named word: String) -> Entry? {
        guard let bucket = firstWords.number(of: word) else { return nil }
        return firstEntry(inBucket: bucket, fitting: 1) { _, _ in true }
    }

    /// The first (longest) entry of `bucket` of at most `fitting` words whose words after the first (which the
    /// bucket shares) all pass `matches(offset, word)`.
    private func firstEntry(inBucket bucket: Int, fitting available: Int, _ matches: (Int, String) -> Bool) -> Entry? {
        for index in (bucket > 0 ? Int(bucketEnds[bucket - 1]) : 0)..<Int(bucketEnds[bucket]) {
            let first = index > 0 ? Int(wordEnds[index - 1]) : 0, count = Int(wordEnds[index]) - first
            guard count <= available else { continue }
            var offset = 1
            while offset < count, matches(offset, words[first + offset]) { offset += 1 }
            if offset == count { return entries[index] }
        }
        return nil
    }

    /// Whether any name starts with this word.
    func hasNames(startingWith word: String) -> Bool { firstWords.number(of: word) != nil }

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

/// Place names by their first word, for longest-match lookup over tokens.
struct Gazetteer: Sendable {
    /// A word to compare with the gazetteer's words, with the hash of its bytes when they are ASCII.
    private struct WordKey {
        let text: String
        let isASCII: Bool
        /// `WordHash.ascii` of the bytes, made odd (0 marks a gazetteer word that no ASCII word equals); 1 beyond ASCII.
        let hash: UInt64

        init(_ text: String) {
            self.text = text
            let hash = WordHash.ascii(text)
            self.hash = (hash ?? 0) | 1
            isASCII = hash != nil
        }
    }

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

    /// What matching tells of a name: an entry without its words, copied without reference counting.
    struct Name: Sendable {
        let population: Int
        /// Where the name's words begin in the gazetteer's array of all words.
        fileprivate let firstWord: Int32
        private let count: Int32
        let kind: Kind
        let isCommonWord: Bool
        let isPersonName: Bool
        let isCalendarWord: Bool
        /// The name's first word is "The" or "the" ("The Hague"), which the text of a place leaves out.
        let beginsWithThe: Bool

        /// How many words the name has.
        var wordCount: Int { Int(count) }

        fileprivate init(_ entry: Entry, firstWord: Int) {
            population = entry.population
            self.firstWord = Int32(firstWord)
            count = Int32(entry.words.count)
            kind = entry.kind
            isCommonWord = entry.isCommonWord
            isPersonName = entry.isPersonName
            isCalendarWord = entry.isCalendarWord
            beginsWithThe = entry.words.count > 1 && (entry.words[0] == "The" || entry.words[0] == "the")
        }
    }

    /// Where the names beginning with one word are, and what rules them out quickly.
    private struct Bucket: Sendable {
        /// The names are `names[start..<end]`, the longest first; those of one word from `oneWord`.
        let start: Int32
        let oneWord: Int32
        let end: Int32
        /// Bit `secondWordBit(key)` is set for the `WordKey.hash` of the second word of each longer name: a
        /// second word whose bit is clear matches none of them.
        let secondWords: UInt64
        /// Bit `quickBit & 63` (`FoldedBytes.quickBit`) is set for the ASCII form of the second word of each longer
        /// name: an ASCII second word whose spelling's bit (`WordFacts.asciiQuickBit`) is clear matches none of
        /// them, which its facts tell without its text being hashed.
        let secondQuickBits: UInt64
    }

    /// The names beginning with each first word.
    private let firstWords: FirstWordIndex<Bucket>
    private let names: [Name]
    /// The words of all names in one array, each name's words together (from `Name.firstWord`), so that
    /// scanning the names of a first word reads adjacent memory.
    private let words: [String]
    /// Per word: `WordKey.hash` of its ASCII form, or 0 when no ASCII word equals it.
    private let wordKeys: [UInt64]

    init(entries: [Entry]) {
        var byFirstWord: [String: [Entry]] = [:]
        byFirstWord.reserveCapacity(entries.count)
        for entry in entries {
            guard let first = entry.words.first else { continue }
            byFirstWord[first, default: []].append(entry)
        }
        var keys: [String] = [], buckets: [Bucket] = [], flat: [Entry] = []
        for (key, bucket) in byFirstWord {
            keys.append(key)
            let sorted = bucket.count > 1 ? bucket.sorted { $0.words.count > $1.words.count } : bucket
            let longer = sorted.prefix { $0.words.count > 1 }
            let secondWords = longer.reduce(UInt64(0)) { $0 | Self.secondWordBit(Self.wordKey($1.words[1])) }
            let secondQuickBits = longer.reduce(UInt64(0)) { $0 | Self.quickBitMask($1.words[1]) }
            buckets.append(Bucket(start: Int32(flat.count), oneWord: Int32(flat.count + longer.count),
                                  end: Int32(flat.count + sorted.count), secondWords: secondWords,
                                  secondQuickBits: secondQuickBits))
            flat += sorted
        }
        firstWords = FirstWordIndex(keys, payloads: buckets)
        var firstWord = 0
        names = flat.map { entry in
            defer { firstWord += entry.words.count }
            return Name(entry, firstWord: firstWord)
        }
        words = flat.flatMap(\.words)
        wordKeys = words.map(Self.wordKey)
    }

    /// `WordKey.hash` of a gazetteer word's ASCII form, or 0 when no ASCII word equals it.
    private static func wordKey(_ word: String) -> UInt64 {
        WordHash.asciiForm(word).map { $0 | 1 } ?? 0
    }

    /// The bit of `Bucket.secondQuickBits` for a gazetteer word: that of its ASCII form's quick bit, or none when
    /// no ASCII word equals it.
    private static func quickBitMask(_ word: String) -> UInt64 {
        guard let ascii = word.utf8.allSatisfy({ $0 < 0x80 }) ? word : ASCIIEquivalent.of(word) else { return 0 }
        return quickBitMask(asciiQuickBit: UInt16(FoldedBytes(ascii).quickBit))
    }

    /// The bit of `Bucket.secondQuickBits` for an ASCII quick bit: one of 64, from its low bits.
    private static func quickBitMask(asciiQuickBit: UInt16) -> UInt64 { 1 << UInt64(asciiQuickBit & 63) }

    /// The bit of `Bucket.secondWords` for a word key: one of 64, from its high bits.
    private static func secondWordBit(_ key: UInt64) -> UInt64 { 1 << (key >> 58) }

    /// The longest name whose words match `words` from `start`.
    func longestName(_ words: [String], from start: Int) -> Name? {
        guard start < words.count else { return nil }
        return longest(first: words[start], fitting: words.count - start) { words[start + $0] }.map { names[$0] }
    }

    /// The longest name whose words are the texts of `tokens` from `start` (ending by `end`, by default the
    /// paragraph's end), or with `titleCased` their `Tokens.titleCased(_:)` forms.
    func longestName(_ tokens: Tokens, from start: Int, end: Int? = nil, titleCased: Bool = false) -> Name? {
        longestIndex(tokens, from: start, end: end ?? tokens.count, titleCased: titleCased).map { names[$0] }
    }

    /// `longestName(tokens, from: start, titleCased: true)` when token `start`'s title-cased form is `first`,
    /// already made.
    func longestName(_ tokens: Tokens, from start: Int, titleCasedFirst first: String) -> Name? {
        longest(first: first, fitting: tokens.count - start) { tokens.titleCased(start + $0) }.map { names[$0] }
    }

    /// The name that is this one word, if any (as `longestName([word], from: 0)`).
    func name(named word: String) -> Name? {
        longest(first: word, fitting: 1) { _ in word }.map { names[$0] }
    }

    /// The number of `word` among the first words of names, if a name begins with it: an answer to keep per
    /// spelling, for `longestName(_:from:firstWord:)`.
    func firstWordNumber(of word: String) -> Int? { firstWords.number(of: word) }

    /// `longestName(tokens, from: start)` when the `firstWordNumber` of token `start`'s text is `firstWord`.
    /// An ASCII next word that begins no longer name is ruled out by its spelling's quick bit, unhashed.
    func longestName(_ tokens: Tokens, from start: Int, firstWord: Int) -> Name? {
        let bucket = firstWords.payload(number: firstWord)
        var available = tokens.count - start
        if available > 1 {
            let quickBit = tokens.facts(start + 1).asciiQuickBit
            if quickBit != WordFacts.notASCII, bucket.secondQuickBits & Self.quickBitMask(asciiQuickBit: quickBit) == 0 {
                available = 1
            }
        }
        return longest(in: bucket, fitting: available) { tokens.text(start + $0) }.map { names[$0] }
    }

    /// Whether any name starts with this word.
    func hasNames(startingWith word: String) -> Bool { firstWords.payload(of: word) != nil }

    private func longestIndex(_ tokens: Tokens, from start: Int, end: Int, titleCased: Bool) -> Int? {
        guard start < end else { return nil }
        if titleCased { return longest(first: tokens.titleCased(start), fitting: end - start) { tokens.titleCased(start + $0) } }
        return longest(first: tokens.text(start), fitting: end - start) { tokens.text(start + $0) }
    }

    /// The index of the first (longest) name of at most `available` words beginning with `first` whose
    /// further words are `word(1)`, `word(2)`…; each word after the first is asked for only when needed.
    private func longest(first: String, fitting available: Int, _ word: (Int) -> String) -> Int? {
        guard let bucket = firstWords.payload(of: first) else { return nil }
        return longest(in: bucket, fitting: available, word)
    }

    /// `longest(first:fitting:_:)` for the names of the first word's `bucket`.
    @inline(__always)
    private func longest(in bucket: Bucket, fitting available: Int, _ word: (Int) -> String) -> Int? {
        let oneWord = Int(bucket.oneWord), end = Int(bucket.end)
        if available > 1, bucket.start < bucket.oneWord {
            let second = WordKey(word(1))
            // Most second words begin no longer name: one bit says so for an ASCII word.
            if !second.isASCII || bucket.secondWords & Self.secondWordBit(second.hash) != 0 {
                for index in Int(bucket.start)..<oneWord {
                    let name = names[index], count = name.wordCount, firstWord = Int(name.firstWord)
                    guard count <= available, matches(second, firstWord + 1) else { continue }
                    var offset = 2
                    while offset < count, matches(WordKey(word(offset)), firstWord + offset) { offset += 1 }
                    if offset == count { return index }
                }
            }
        }
        return oneWord < end ? oneWord : nil
    }

    /// Whether `key`'s text equals word `index` as Strings compare; an ASCII text is ruled out by its hash first.
    private func matches(_ key: WordKey, _ index: Int) -> Bool {
        if key.isASCII, wordKeys[index] != key.hash { return false }
        return words[index] == key.text
    }

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
        return Tokenizer.texts(of: name)
    }
}

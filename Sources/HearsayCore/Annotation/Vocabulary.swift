/// The word table's lists, and the spellings every article starts from: the table's words and their lower cases,
/// with their facts worked out once, so that the tokenizer finds a known word's lists, lower case and shape with
/// one lookup.
struct Vocabulary: Sendable {
    /// The lists each spelling's facts are read from.
    let lists: WordTable
    private(set) var known: WordSpellings
    /// For each one-byte ASCII spelling (punctuation, "a", "I"): its number in `known`, or `unknown`.
    let asciiSingles: [UInt32]
    /// Whether `known` holds every word of `lists` (so a spelling it lacks is in no list).
    let holdsLists: Bool

    /// What `asciiSingles` holds for a byte that `known` lacks.
    static let unknown = UInt32.max
    private static let asciiCount = 0x80

    /// The vocabulary of `lists`' words.
    init(_ lists: WordTable) {
        let start = Vocabulary(lists: lists, known: WordSpellings(firstNumber: 0, capacity: 0),
                               asciiSingles: [UInt32](repeating: Self.unknown, count: Self.asciiCount), holdsLists: false)
        var numbering = WordNumbering(start, expectedSpellings: lists.allWords.count * 2)
        for var word in lists.allWords { _ = word.withUTF8 { numbering.spelling($0) } }
        let known = numbering.own
        var singles = [UInt32](repeating: Self.unknown, count: Self.asciiCount)
        for byte in 0..<UInt8(Self.asciiCount) {
            withUnsafeBytes(of: byte) { raw in
                let bytes = raw.bindMemory(to: UInt8.self)
                if let number = known.number(of: bytes, SpellingKey(bytes)) { singles[Int(byte)] = number }
            }
        }
        self.init(lists: lists, known: known, asciiSingles: singles, holdsLists: true)
    }

    private init(lists: WordTable, known: WordSpellings, asciiSingles: [UInt32], holdsLists: Bool) {
        self.lists = lists
        self.known = known
        self.asciiSingles = asciiSingles
        self.holdsLists = holdsLists
    }

    /// Adds `added`, whose numbers follow on from `known`'s.
    mutating func learn(_ added: WordSpellings) {
        known.append(added)
    }

    /// A vocabulary that knows no word.
    static let empty = Vocabulary(.empty)
}

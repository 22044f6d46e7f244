/// What a spelling tells about any token spelt so, wherever it stands: its word lists, its lower case, its length
/// and the look of its letters, its name bits, and what the places pass asks of it first. `WordNumbering` works
/// them out once per spelling, and the annotator's `SpellingCache` keeps them from article to article.
struct WordFacts: Sendable {
    /// The word lists that hold the spelling as written.
    let written: WordSet
    /// The word lists that hold its lower case.
    let folded: WordSet
    /// The number of its lower case (its own number when it has no capitals).
    let lower: UInt32
    /// Its length in Unicode scalars.
    let scalars: Int32
    /// How many of its scalars are letters.
    let letters: Int32
    let hasLower: Bool
    let hasHyphen: Bool
    /// Whether its first scalar is an upper-case letter.
    let startsUpper: Bool
    /// Whether its last byte is a period ("Gen.", "U.S.", ".").
    let endsWithPeriod: Bool
    /// What it is in the lexicon's name lists.
    let names: NameSet
    /// For a spelling that starts upper (as capitalised tokens do), its number among the gazetteer's first words
    /// (`Gazetteer.firstWordNumber`), or `beginsNoPlace`; `beginsNoPlace` for any other spelling.
    let placeFirstWord: Int32

    /// For an ASCII spelling, the quick bit of its bytes (`FoldedBytes.quickBit`); `notASCII` for another.
    let asciiQuickBit: UInt16

    /// `asciiQuickBit` of a spelling with a byte beyond ASCII: no quick bit, which is below `QuickFilter.capacity`.
    static let notASCII = UInt16(QuickFilter.capacity)
    /// `placeFirstWord` of a spelling that begins no place name (or starts with no capital).
    static let beginsNoPlace: Int32 = -1

    /// The facts of no spelling, for empty table slots.
    static let none = WordFacts(written: [], folded: [], lower: 0, scalars: 0, letters: 0, hasLower: false,
                                hasHyphen: false, startsUpper: false, endsWithPeriod: false, names: [],
                                placeFirstWord: beginsNoPlace, asciiQuickBit: notASCII)
}

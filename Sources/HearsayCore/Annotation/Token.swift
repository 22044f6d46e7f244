/// One word, number or punctuation mark of a paragraph, with its place in the article. A plain value: its text
/// is a number among the article's spellings, read through `Tokens`, so that arrays of tokens are copied and
/// freed without reference counting.
struct Token: Sendable {
    /// What a token is made of.
    enum Kind: Equatable, Sendable {
        case word
        case number
        /// A quotation mark or an apostrophe standing alone; the quote finder decides which.
        case quoteMark
        /// A dash used as punctuation (— – or a spaced hyphen).
        case dash
        case punctuation
        /// The possessive ending split from its word: "'s" in "Syria's".
        case possessive
    }

    /// Offsets into the article text (Unicode scalars).
    let span: Span
    /// The word lists that hold the text as written.
    let written: WordSet
    /// The word lists that hold the lower case.
    let folded: WordSet
    /// The number of the text among the article's spellings (`ArticleWords`).
    let word: UInt32
    /// The number of its lower case (the same as `word` when the text has no capitals).
    let lowerWord: UInt32
    let kind: Kind
    /// Whether white space (or the paragraph start) comes right before the token.
    let spaceBefore: Bool
    /// Whether white space (or the paragraph end) comes right after the token.
    /// (Set to false by the tokenizer when the next token turns out to follow with nothing between: see
    /// `TokenBuffer.joinLast()`.)
    var spaceAfter: Bool
    /// A word whose first letter is upper case ("Abadi", "U.S."; "al-Abadi" is not).
    let isCapitalized: Bool
    /// A word of upper-case letters only, at least two ("AFP", "LISBON").
    let isAllCaps: Bool
    /// Whether the token contains a hyphen ("al-Abadi", "US-led").
    let hasHyphen: Bool
    /// Whether its text ends with a period ("Gen.", "U.S.", "."); so does its lower case, as no scalar lowers to one.
    let endsWithPeriod: Bool
    /// What its text is in the lexicon's name lists (empty for a vocabulary without them).
    let names: NameSet
}

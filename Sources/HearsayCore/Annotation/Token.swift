/// One word, number or punctuation mark of a paragraph, with its place in the article.
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

    // Stored largest first, so that a token packs into 72 bytes.
    /// Offsets into the article text (Unicode scalars).
    let span: Span
    let text: String
    /// The text in lower case (the same string when it has no capitals).
    let lower: String
    /// The word lists that hold `text` as written.
    let written: WordSet
    /// The word lists that hold `lower`.
    let folded: WordSet
    let kind: Kind
    /// Whether white space (or the paragraph start) comes right before the token.
    let spaceBefore: Bool
    /// Whether white space (or the paragraph end) comes right after the token.
    let spaceAfter: Bool
    /// A word whose first letter is upper case ("Abadi", "U.S."; "al-Abadi" is not).
    let isCapitalized: Bool
    /// A word of upper-case letters only, at least two ("AFP", "LISBON").
    let isAllCaps: Bool
    /// Whether the token contains a hyphen ("al-Abadi", "US-led").
    let hasHyphen: Bool
}

extension Token {
    /// Whether the token is the punctuation mark `mark` (its text compared only among punctuation, the cheap test first).
    @inline(__always)
    func isMark(_ mark: String) -> Bool { kind == .punctuation && text == mark }
}

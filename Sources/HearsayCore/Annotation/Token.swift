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

    let kind: Kind
    /// Offsets into the article text (Unicode scalars).
    let span: Span
    let text: String
    /// Whether white space (or the paragraph start) comes right before the token.
    let spaceBefore: Bool
    /// Whether white space (or the paragraph end) comes right after the token.
    let spaceAfter: Bool

    var lower: String { text.lowercased() }

    /// A word whose first letter is upper case ("Abadi", "U.S.", "al-Abadi" is not).
    var isCapitalized: Bool {
        guard kind == .word, let first = text.unicodeScalars.first else { return false }
        return first.properties.isUppercase || first.properties.generalCategory == .titlecaseLetter
    }

    /// A word of upper-case letters only, at least two ("AFP", "LISBON").
    var isAllCaps: Bool {
        guard kind == .word else { return false }
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.properties.isLowercase { return false }
            letters += 1
        }
        return letters >= 2
    }

    func isPunctuation(_ mark: String) -> Bool { kind != .word && text == mark }
}

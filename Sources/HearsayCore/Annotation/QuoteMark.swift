/// How a quotation-mark token may act: open a quote, close one, or both (straight marks).
struct QuoteMark: Sendable {
    /// Double marks (" “ ” « » „ `` '') or single marks (' ‘ ’ ‹ ›).
    enum Family: Sendable {
        case double
        case single
    }

    let tokenIndex: Int
    let family: Family
    let canOpen: Bool
    let canClose: Bool

    /// Classifies the mark at `index` by its shape and its neighbours, or nil for a lone apostrophe.
    static func classify(_ tokens: [Token], at index: Int) -> QuoteMark? {
        let token = tokens[index]
        guard token.kind == .quoteMark, let first = token.text.unicodeScalars.first else { return nil }
        let family: Family = token.text.unicodeScalars.count == 2 || CharacterClass.isDoubleMark(first) ? .double : .single
        let openSide = opensBySpacing(tokens, index)
        let closeSide = closesBySpacing(tokens, index)
        switch token.text {
        case "\u{201C}", "\u{201E}", "\u{00AB}", "\u{2018}", "\u{201A}", "\u{2039}", "``", "\u{201F}", "\u{201B}":
            return QuoteMark(tokenIndex: index, family: family, canOpen: true, canClose: closeSide && !openSide)
        case "\u{201D}", "\u{00BB}", "\u{203A}", "''":
            return QuoteMark(tokenIndex: index, family: family, canOpen: openSide && !closeSide, canClose: true)
        case "\u{2019}", "\u{2032}":
            // The closing single mark doubles as the apostrophe: it closes only where a closer can stand.
            guard closeSide || openSide else { return nil }
            return QuoteMark(tokenIndex: index, family: family, canOpen: openSide && !closeSide, canClose: closeSide)
        default:
            guard openSide || closeSide else {
                return family == .double ? QuoteMark(tokenIndex: index, family: family, canOpen: true, canClose: true) : nil
            }
            return QuoteMark(tokenIndex: index, family: family, canOpen: openSide, canClose: closeSide)
        }
    }

    /// An opener follows space, the paragraph start or opening punctuation, and is followed by a word or mark.
    private static func opensBySpacing(_ tokens: [Token], _ index: Int) -> Bool {
        let token = tokens[index]
        guard !token.spaceAfter, index + 1 < tokens.count else { return false }
        if token.spaceBefore || index == 0 { return true }
        let previous = tokens[index - 1]
        return previous.kind == .dash || previous.kind == .quoteMark || ["(", "[", "{", "/", ":"].contains(previous.text)
    }

    /// A closer follows a word or punctuation, and is followed by space, the end or punctuation.
    private static func closesBySpacing(_ tokens: [Token], _ index: Int) -> Bool {
        let token = tokens[index]
        guard !token.spaceBefore, index > 0 else { return false }
        if token.spaceAfter || index + 1 == tokens.count { return true }
        let next = tokens[index + 1]
        return next.kind == .punctuation || next.kind == .dash || next.kind == .quoteMark
    }
}

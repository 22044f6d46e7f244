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

    /// Classifies the mark at `index` by its shape (read through `shapes`) and its neighbours, or nil for a lone
    /// apostrophe.
    static func classify(_ tokens: Tokens, at index: Int, shapes: inout QuoteMarkShapes) -> QuoteMark? {
        guard tokens[index].kind == .quoteMark else { return nil }
        guard let (first, scalars) = shapes.shape(tokens, at: index) else { return nil }
        // A mark token is one scalar, or two of ` or ' ("``", "''").
        let doubled = scalars == 2
        let family: Family = doubled || CharacterClass.isDoubleMark(first) ? .double : .single
        let openSide = opensBySpacing(tokens, index)
        let closeSide = closesBySpacing(tokens, index)
        switch (first.value, doubled) {
        case (0x201C, false), (0x201E, false), (0xAB, false), (0x2018, false), (0x201A, false), (0x2039, false), (0x60, true),
             (0x201F, false), (0x201B, false):   // “ „ « ‘ ‚ ‹ `` ‟ ‛
            return QuoteMark(tokenIndex: index, family: family, canOpen: true, canClose: closeSide && !openSide)
        case (0x201D, false), (0xBB, false), (0x203A, false), (0x27, true):   // ” » › ''
            return QuoteMark(tokenIndex: index, family: family, canOpen: openSide && !closeSide, canClose: true)
        case (0x2019, false), (0x2032, false):   // ’ ′
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

    /// The first scalar of `text` and how many scalars it has, read from its UTF-8 (nil when it is empty).
    static func shape(of text: String) -> (first: Unicode.Scalar, scalars: Int)? {
        let fromBytes = text.utf8.withContiguousStorageIfAvailable { bytes -> (first: Unicode.Scalar, scalars: Int)? in
            guard !bytes.isEmpty else { return nil }
            var scalars = 0
            for byte in bytes where !UTF8Bytes.isContinuation(byte) { scalars += 1 }
            return (UTF8Bytes.scalar(in: bytes, at: 0), scalars)
        }
        if let fromBytes { return fromBytes }
        guard let first = text.unicodeScalars.first else { return nil }
        return (first, text.unicodeScalars.count)
    }

    /// An opener follows space, the paragraph start or opening punctuation, and is followed by a word or mark.
    private static func opensBySpacing(_ tokens: Tokens, _ index: Int) -> Bool {
        let token = tokens[index]
        guard !token.spaceAfter, index + 1 < tokens.count else { return false }
        if token.spaceBefore || index == 0 { return true }
        let previous = tokens[index - 1]
        return previous.kind == .dash || previous.kind == .quoteMark || ["(", "[", "{", "/", ":"].contains(tokens.text(index - 1))
    }

    /// A closer follows a word or punctuation, and is followed by space, the end or punctuation.
    private static func closesBySpacing(_ tokens: Tokens, _ index: Int) -> Bool {
        let token = tokens[index]
        guard !token.spaceBefore, index > 0 else { return false }
        if token.spaceAfter || index + 1 == tokens.count { return true }
        let next = tokens[index + 1]
        return next.kind == .punctuation || next.kind == .dash || next.kind == .quoteMark
    }
}

/// The shapes of the quotation marks met so far in one article, by spelling number: an article writes its marks in
/// a few spellings, and each spelling's text is read once (equal numbers are byte-identical texts).
struct QuoteMarkShapes {
    private var known: [(word: UInt32, first: Unicode.Scalar, scalars: Int)] = []

    /// The first scalar and scalar count of the text of token `index` (see `QuoteMark.shape(of:)`).
    mutating func shape(_ tokens: Tokens, at index: Int) -> (first: Unicode.Scalar, scalars: Int)? {
        let word = tokens[index].word
        if let found = known.first(where: { $0.word == word }) { return (found.first, found.scalars) }
        guard let shape = QuoteMark.shape(of: tokens.text(index)) else { return nil }
        known.append((word, shape.first, shape.scalars))
        return shape
    }
}

/// Scans of a paragraph's tokens that the speech passes make over whole sentences, read from the token buffer.
extension Tokens {
    /// Whether a token in `range` has `list` among the word lists of its lower case (`Token.folded`).
    func anyFolded(_ list: WordSet, in range: Range<Int>) -> Bool {
        self.list.withUnsafeBufferPointer { buffer in
            precondition(range.lowerBound >= 0 && range.upperBound <= buffer.count, "token range out of bounds")
            return range.contains { buffer[$0].folded.contains(list) }
        }
    }
}

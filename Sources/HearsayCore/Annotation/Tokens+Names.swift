extension Tokens {
    /// Whether token `index`'s text is one Character (`text(index).count == 1`): a token of one scalar is, without
    /// its text being read; a longer one is when its first Character is all of it.
    @inline(__always)
    func isOneCharacter(_ index: Int) -> Bool {
        let scalars = self[index].span.length
        guard scalars > 1 else { return scalars == 1 }
        return text(index).isSingleCharacter
    }
}

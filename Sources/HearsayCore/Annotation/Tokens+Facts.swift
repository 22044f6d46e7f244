extension Tokens {
    /// The facts of token `index`'s spelling, worked out when the spelling was first met (see `WordNumbering`).
    @inline(__always)
    func facts(_ index: Int) -> WordFacts { words.facts(list[index].word) }
}

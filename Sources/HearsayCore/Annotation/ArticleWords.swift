/// The texts of one article's spellings, by number (see `WordNumbering`).
final class ArticleWords: Sendable {
    let known: WordSpellings
    let own: WordSpellings

    init(known: WordSpellings, own: WordSpellings) {
        self.known = known
        self.own = own
    }

    /// The text of spelling `number`.
    @inline(__always)
    func text(_ number: UInt32) -> String { Self.text(number, known: known, own: own) }

    /// The facts of spelling `number`.
    @inline(__always)
    func facts(_ number: UInt32) -> WordFacts { number < own.firstNumber ? known.facts(number) : own.facts(number) }

    /// The text of spelling `number`, one of `known` or of `own`, which follows on from it.
    @inline(__always)
    static func text(_ number: UInt32, known: WordSpellings, own: WordSpellings) -> String {
        number < own.firstNumber ? known.text(number) : own.text(number)
    }
}

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
    func text(_ number: UInt32) -> String {
        number < own.firstNumber ? known.text(number) : own.text(number)
    }
}

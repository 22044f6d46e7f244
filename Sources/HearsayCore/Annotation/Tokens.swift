/// A paragraph's tokens, with the texts of their spellings: `tokens[i]` is the token, `tokens.text(i)` its text.
struct Tokens: RandomAccessCollection, Sendable {
    let list: [Token]
    let words: ArticleWords

    var startIndex: Int { 0 }
    var endIndex: Int { list.count }

    @inline(__always)
    subscript(position: Int) -> Token { list[position] }

    /// The text of token `index`.
    @inline(__always)
    func text(_ index: Int) -> String { words.text(list[index].word) }

    /// The text of token `index` in lower case.
    @inline(__always)
    func lower(_ index: Int) -> String { words.text(list[index].lowerWord) }

    /// Whether token `index` is ",", told by its bit (the same answer as `isMark(index, ",")`).
    @inline(__always)
    func isComma(_ index: Int) -> Bool { list[index].written.contains(.comma) }

    /// Whether token `index` is ":", told by its bit (the same answer as `isMark(index, ":")`).
    @inline(__always)
    func isColon(_ index: Int) -> Bool { list[index].written.contains(.colon) }

    /// Whether token `index` is the punctuation mark `mark` (its text compared only among punctuation, the cheap test first).
    @inline(__always)
    func isMark(_ index: Int, _ mark: String) -> Bool { list[index].kind == .punctuation && text(index) == mark }
}

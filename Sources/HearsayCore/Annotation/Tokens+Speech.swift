/// Scans of a paragraph's tokens that the speech passes make over whole sentences, read from the token buffer.
extension Tokens {
    /// Whether a token in `range` has `list` among the word lists of its lower case (`Token.folded`).
    func anyFolded(_ list: WordSet, in range: Range<Int>) -> Bool {
        firstFolded(list, in: range) != nil
    }

    /// The index of the first token in `range` that has `list` among the word lists of its lower case, if one has.
    func firstFolded(_ list: WordSet, in range: Range<Int>) -> Int? {
        self.list.withUnsafeBufferPointer { buffer in
            precondition(range.lowerBound >= 0 && range.upperBound <= buffer.count, "token range out of bounds")
            // The tokens themselves, walked by pointer: no index kept and checked beside it.
            let found = UnsafeBufferPointer(rebasing: buffer[range]).firstIndex { $0.folded.contains(list) }
            return found.map { range.lowerBound + $0 }
        }
    }

    /// The index of the last token in `range` that has `list` among the word lists of its text as written
    /// (`Token.written`), if one has.
    func lastWritten(_ list: WordSet, in range: Range<Int>) -> Int? {
        self.list.withUnsafeBufferPointer { buffer in
            precondition(range.lowerBound >= 0 && range.upperBound <= buffer.count, "token range out of bounds")
            let found = UnsafeBufferPointer(rebasing: buffer[range]).lastIndex { $0.written.contains(list) }
            return found.map { range.lowerBound + $0 }
        }
    }
}

/// Punctuation tests that spare most String comparisons: the marks with a word-list bit (. ! ? … ( ) ]) are told
/// by the bit, and any other mark is never one of them.
extension Tokens {
    /// The bits of the marks the word table lists by name.
    static let listedMarks: WordSet = [.period, .terminalMark, .closingBracket, .openingBracket]

    /// Whether token `index` is the punctuation mark `mark`, which must be none of the listed marks (as ",", ":",
    /// "/"): a listed mark is passed over without its text read. The same answer as `isMark`.
    @inline(__always)
    func isUnlistedMark(_ index: Int, _ mark: String) -> Bool {
        let token = list[index]
        return token.kind == .punctuation && token.written.isDisjoint(with: Self.listedMarks) && text(index) == mark
    }

    /// Whether token `index` is ".", told by its bit (the same answer as `isMark(index, ".")`).
    @inline(__always)
    func isPeriod(_ index: Int) -> Bool {
        list[index].kind == .punctuation && list[index].written.contains(.period)
    }

    /// Whether token `index` is "(", told by its bit (the same answer as `isMark(index, "(")`).
    @inline(__always)
    func isOpeningParenthesis(_ index: Int) -> Bool {
        list[index].kind == .punctuation && list[index].written.contains(.openingBracket)
    }

    /// Whether token `index` is ")": a closing bracket by its bit, then not "]" (the same answer as `isMark(index, ")")`).
    @inline(__always)
    func isClosingParenthesis(_ index: Int) -> Bool {
        list[index].kind == .punctuation && list[index].written.contains(.closingBracket) && text(index) == ")"
    }

    /// Whether token `index` is the lower-case word `word` of the list `list` (the bit tested before the text is read).
    @inline(__always)
    func isLower(_ index: Int, _ word: String, in list: WordSet) -> Bool {
        self.list[index].folded.contains(list) && lower(index) == word
    }
}

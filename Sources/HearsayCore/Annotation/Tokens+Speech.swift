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

extension Tokens {
    /// `Roles.canonical(self, index)`, with its first test (a role word, or a lower case ending in a period) asked
    /// of the lower case's bytes in place rather than through a `String.UTF8View` walk.
    func role(_ index: Int) -> String? {
        guard self[index].folded.contains(.roleWord) || lowerEndsWithPeriod(index) else { return nil }
        return Roles.canonical(self, index)
    }

    /// Whether the lower case of token `index` ends with a period ("sen.", "u.s.").
    private func lowerEndsWithPeriod(_ index: Int) -> Bool {
        var lower = lower(index)
        return lower.withUTF8 { $0.last } == UInt8(ascii: ".")
    }
}

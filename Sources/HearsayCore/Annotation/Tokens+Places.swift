extension Tokens {
    /// Whether token `index`'s text is `literal`, as `String.equals` tells (`literal` is ASCII, without `K`, `;`
    /// or `` ` ``): only a text of the literal's bytes equals it, so the token's length in scalars must be the
    /// literal's length in bytes, and most tokens are ruled out by that before their text is read.
    @inline(__always)
    func textEquals(_ index: Int, _ literal: String) -> Bool {
        self[index].span.length == literal.utf8.count && text(index).equals(literal)
    }
}

extension Tokens {
    /// The index of the first capitalised token from `index` on, or `count` when none is: a scan of the tokens
    /// that reads one flag of each.
    func firstCapitalised(from index: Int) -> Int {
        list.withUnsafeBufferPointer { tokens in
            var next = index
            while next < tokens.count, !tokens[next].isCapitalized { next += 1 }
            return next
        }
    }
}

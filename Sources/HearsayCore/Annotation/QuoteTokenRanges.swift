/// The token ranges of a paragraph's quotes (marks included), read from its segments where they are asked, rather
/// than gathered into an array for each paragraph.
struct QuoteTokenRanges {
    /// The paragraph's segments.
    let segments: ArraySlice<QuotedSegment>
    /// How many tokens the paragraph has.
    let tokenCount: Int

    /// Whether token `index` is inside a quote.
    func contains(_ index: Int) -> Bool {
        segments.contains { $0.tokenRange(tokenCount: tokenCount).contains(index) }
    }

    /// Whether a quote overlaps `range`.
    func overlaps(_ range: Range<Int>) -> Bool {
        segments.contains { $0.tokenRange(tokenCount: tokenCount).overlaps(range) }
    }
}

extension QuotedSegment {
    /// The tokens of the segment, its marks included, in a paragraph of `tokenCount` tokens.
    func tokenRange(tokenCount: Int) -> Range<Int> {
        (openToken ?? 0)..<((closeToken ?? (tokenCount - 1)) + 1)
    }
}

/// Finds a query in an article's text: every match as a span of scalar offsets, in text order, not overlapping.
///
/// The folded text is built once per folding (at most four) and kept, so a search per typed
/// character is one linear scan.
public final class SearchIndex {
    private let scalars: [Unicode.Scalar]
    private var foldedTexts: [TextFolding: FoldedText] = [:]

    /// The article's text as scalars.
    public init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// Every match of `query` (empty for an empty query).
    public func matches(for query: SearchQuery) -> [Span] {
        var needle: [UInt32] = []
        var cache: [UInt32: [UInt32]] = [:]
        for scalar in query.text.unicodeScalars { query.folding.fold(scalar, into: &needle, cache: &cache) }
        guard !needle.isEmpty else { return [] }
        return folded(query.folding).find(needle)
    }

    private func folded(_ folding: TextFolding) -> FoldedText {
        if let known = foldedTexts[folding] { return known }
        let text = FoldedText(scalars, folding: folding)
        foldedTexts[folding] = text
        return text
    }
}

/// An article's text folded for comparison, with the source offset of every folded unit.
private struct FoldedText {
    var units: [UInt32] = []
    var origins: [Int] = []

    init(_ scalars: [Unicode.Scalar], folding: TextFolding) {
        units.reserveCapacity(scalars.count)
        origins.reserveCapacity(scalars.count)
        var cache: [UInt32: [UInt32]] = [:]
        for (offset, scalar) in scalars.enumerated() {
            let before = units.count
            folding.fold(scalar, into: &units, cache: &cache)
            for _ in before..<units.count { origins.append(offset) }
        }
    }

    func find(_ needle: [UInt32]) -> [Span] {
        var spans: [Span] = []
        let count = needle.count
        guard count <= units.count, let first = needle.first else { return spans }
        var index = 0
        let last = units.count - count
        units.withUnsafeBufferPointer { text in
            needle.withUnsafeBufferPointer { pattern in
                while index <= last {
                    if text[index] == first && matches(text, pattern, at: index) {
                        spans.append(Span(origins[index], origins[index + count - 1] + 1))
                        index += count
                    } else {
                        index += 1
                    }
                }
            }
        }
        return spans
    }

    private func matches(_ text: UnsafeBufferPointer<UInt32>, _ pattern: UnsafeBufferPointer<UInt32>, at start: Int) -> Bool {
        for offset in 1..<pattern.count where text[start + offset] != pattern[offset] { return false }
        return true
    }
}

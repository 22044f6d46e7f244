/// Finds a query in an article's text: every match, in text order, not overlapping.
///
/// The text is folded once per folding (at most four) with an index of where each ASCII unit occurs and what
/// follows it, so the first character of a query costs a lookup and the second one pass over the first's
/// positions; each further character narrows the previous query's candidates instead of scanning the text
/// again, and Backspace finds the shorter query's candidates kept.
public final class SearchIndex {
    private let scalars: [Unicode.Scalar]
    private var foldedTexts: [TextFolding: FoldedText] = [:]
    /// The latest queries' candidates (every start, overlaps included), newest last.
    private var recent: [Candidates] = []
    private static let recentLimit = 32

    /// The article's text as scalars.
    public init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// Every match of `query` (none for an empty query).
    public func matches(for query: SearchQuery) -> SearchMatches {
        var needle: [UInt32] = []
        var cache: [UInt32: [UInt32]] = [:]
        for scalar in query.text.unicodeScalars { query.folding.fold(scalar, into: &needle, cache: &cache) }
        guard !needle.isEmpty else { return SearchMatches() }
        let text = folded(query.folding)
        let positions = candidates(of: needle, folding: query.folding, in: text)
        return text.matches(at: positions, length: needle.count, canOverlap: Self.canOverlap(needle))
    }

    /// Whether two occurrences of `needle` can overlap: some proper prefix of it is also a suffix ("aa", "ana").
    static func canOverlap(_ needle: [UInt32]) -> Bool {
        (1..<max(1, needle.count)).contains { shift in
            needle[shift...].elementsEqual(needle[..<(needle.count - shift)])
        }
    }

    /// Where `needle` starts in `text`, narrowed from the longest query seen that it extends.
    private func candidates(of needle: [UInt32], folding: TextFolding, in text: FoldedText) -> ArraySlice<Int32> {
        let known = recent.last { $0.folding == folding && $0.needle.count <= needle.count && needle.starts(with: $0.needle) }
        if let known, known.needle.count == needle.count { return known.positions }
        let positions: ArraySlice<Int32>
        if let known, known.needle.count > 1 {
            positions = text.narrow(known.positions, to: needle, checkingFrom: known.needle.count)
        } else {
            positions = text.positions(startingWith: needle)
        }
        recent.append(Candidates(folding: folding, needle: needle, positions: positions))
        if recent.count > Self.recentLimit { recent.removeFirst() }
        return positions
    }

    private func folded(_ folding: TextFolding) -> FoldedText {
        if let known = foldedTexts[folding] { return known }
        let text = FoldedText(scalars, folding: folding)
        foldedTexts[folding] = text
        return text
    }
}

/// The start positions (in folded units) of one query in the folded text.
private struct Candidates {
    let folding: TextFolding
    let needle: [UInt32]
    let positions: ArraySlice<Int32>
}

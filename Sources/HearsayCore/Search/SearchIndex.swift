/// Finds a query in an article's text: every match as a span of scalar offsets, in text order, not overlapping.
///
/// The text is folded once per folding (at most four) with an index of where each ASCII unit occurs, so the
/// first character of a query costs a lookup; each further character narrows the previous query's
/// candidates instead of scanning the text again, and Backspace finds the shorter query's candidates kept.
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

    /// Every match of `query` (empty for an empty query).
    public func matches(for query: SearchQuery) -> [Span] {
        var needle: [UInt32] = []
        var cache: [UInt32: [UInt32]] = [:]
        for scalar in query.text.unicodeScalars { query.folding.fold(scalar, into: &needle, cache: &cache) }
        guard !needle.isEmpty else { return [] }
        let text = folded(query.folding)
        return text.spans(at: candidates(of: needle, folding: query.folding, in: text), length: needle.count)
    }

    /// Where `needle` starts in `text`, narrowed from the longest query seen that it extends.
    private func candidates(of needle: [UInt32], folding: TextFolding, in text: FoldedText) -> [Int32] {
        let known = recent.last { $0.folding == folding && $0.needle.count <= needle.count && needle.starts(with: $0.needle) }
        if let known, known.needle.count == needle.count { return known.positions }
        let positions: [Int32]
        if let known {
            positions = text.narrow(known.positions, to: needle, checkingFrom: known.needle.count)
        } else {
            positions = text.narrow(text.positions(of: needle[0]), to: needle, checkingFrom: 1)
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
    let positions: [Int32]
}

/// An article's text folded for comparison, with the source offset of every folded unit and, for each ASCII
/// unit, the positions where it occurs (a counting sort of the positions by unit: one array, in order).
private struct FoldedText {
    var units: [UInt32] = []
    var origins: [Int32] = []
    /// Positions grouped by unit: ASCII units 0..<128 each, then every other unit together.
    var positionsByUnit: [Int32] = []
    /// Where each group starts in `positionsByUnit` (129 groups, plus the end).
    var groupStarts: [Int] = []
    static let otherGroup = 128

    init(_ scalars: [Unicode.Scalar], folding: TextFolding) {
        units.reserveCapacity(scalars.count)
        origins.reserveCapacity(scalars.count)
        var cache: [UInt32: [UInt32]] = [:]
        for (offset, scalar) in scalars.enumerated() {
            let before = units.count
            folding.fold(scalar, into: &units, cache: &cache)
            for _ in before..<units.count { origins.append(Int32(truncatingIfNeeded: offset)) }
        }
        var counts = [Int](repeating: 0, count: Self.otherGroup + 2)
        for unit in units { counts[Self.group(unit) + 1] += 1 }
        for group in 1..<counts.count { counts[group] += counts[group - 1] }
        groupStarts = counts
        var next = counts
        positionsByUnit = [Int32](repeating: 0, count: units.count)
        for (position, unit) in units.enumerated() {
            let group = Self.group(unit)
            positionsByUnit[next[group]] = Int32(truncatingIfNeeded: position)
            next[group] += 1
        }
    }

    @inline(__always)
    static func group(_ unit: UInt32) -> Int { unit < 128 ? Int(unit) : otherGroup }

    /// Every position of `unit`, in order.
    func positions(of unit: UInt32) -> [Int32] {
        let group = Self.group(unit)
        let all = positionsByUnit[groupStarts[group]..<groupStarts[group + 1]]
        return group == Self.otherGroup ? all.filter { units[Int($0)] == unit } : Array(all)
    }

    /// The positions of `candidates` where all of `needle` matches, knowing its first `checked` units do.
    func narrow(_ candidates: [Int32], to needle: [UInt32], checkingFrom checked: Int) -> [Int32] {
        guard checked < needle.count else { return candidates }
        let count = units.count
        return units.withUnsafeBufferPointer { text in
            needle.withUnsafeBufferPointer { pattern in
                candidates.filter { candidate in
                    let start = Int(candidate)
                    guard start + pattern.count <= count else { return false }
                    for index in checked..<pattern.count where text[start + index] != pattern[index] { return false }
                    return true
                }
            }
        }
    }

    /// The matches at sorted `positions`, `length` units long, left to right without overlaps, as scalar spans.
    func spans(at positions: [Int32], length: Int) -> [Span] {
        var spans: [Span] = []
        var free = 0
        for position in positions {
            let start = Int(position)
            guard start >= free else { continue }
            spans.append(Span(Int(origins[start]), Int(origins[start + length - 1]) + 1))
            free = start + length
        }
        return spans
    }
}

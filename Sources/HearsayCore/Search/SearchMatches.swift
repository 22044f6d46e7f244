/// The matches of one search, in text order and not overlapping, each as a span of scalar offsets.
///
/// What is stored is where each match starts in the folded text (four bytes a match, often a slice of the
/// index itself); a span is made from it when asked for. So a one-letter query that matches a million times
/// costs no more than the positions the index already has, and the count, the current match and the few
/// matches on screen are all a frame needs.
public struct SearchMatches: RandomAccessCollection, Hashable, Sendable {
    /// Where each match starts, in folded units.
    private let starts: ArraySlice<Int32>
    /// The length of every match, in folded units.
    private let length: Int
    /// The scalar offset each folded unit came from (nil: unit i came from scalar i).
    private let origins: [Int32]?

    /// No matches.
    public init() {
        self.init(starts: [], length: 1, origins: nil)
    }

    /// The matches starting at `starts` (sorted, not overlapping), `length` folded units long, in a text
    /// whose folded units came from the scalars at `origins` (nil: each from the scalar at its own offset).
    init(starts: ArraySlice<Int32>, length: Int, origins: [Int32]?) {
        self.starts = starts
        self.length = length
        self.origins = origins
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { starts.count }

    /// The span of scalars the match at `index` covers.
    public subscript(index: Int) -> Span {
        let first = Int(starts[starts.startIndex + index])
        let last = first + length - 1
        guard let origins else { return Span(first, last + 1) }
        return Span(Int(origins[first]), Int(origins[last]) + 1)
    }

    /// The index of the first match starting at or after scalar `offset` (`count` if none), by binary search.
    public func firstIndex(startingAtOrAfter offset: Int) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle].start >= offset { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// Equal when they hold the same spans, however they are stored.
    public static func == (left: SearchMatches, right: SearchMatches) -> Bool {
        left.count == right.count && left.elementsEqual(right)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for span in self { hasher.combine(span) }
    }
}

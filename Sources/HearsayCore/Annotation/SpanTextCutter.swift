/// Cuts the article's text at spans given in text order, walking each segment's scalars once: a cursor
/// remembers where the last cut ended, so a paragraph with many places is not rescanned from its start.
struct SpanTextCutter {
    private let segments: [TextSegment]
    private var segment = 0
    /// The cursor: a scalar offset in the article and its index in the current segment's text.
    private var offset = 0
    private var index: String.Index

    /// A cutter over `segments`, in text order.
    init(segments: [TextSegment]) {
        self.segments = segments
        index = segments.first?.text.startIndex ?? "".startIndex
        offset = segments.first?.range.lowerBound ?? 0
    }

    /// The text at `span` (not before the previous span's start), or nil when no segment holds it whole.
    mutating func text(at span: Span) -> String? {
        while segment < segments.count, segments[segment].range.upperBound <= span.start {
            segment += 1
            guard segment < segments.count else { break }
            index = segments[segment].text.startIndex
            offset = segments[segment].range.lowerBound
        }
        guard segment < segments.count, segments[segment].range.contains(span.start),
              span.end <= segments[segment].range.upperBound, offset <= span.start else { return nil }
        let scalars = segments[segment].text.unicodeScalars
        index = scalars.index(index, offsetBy: span.start - offset)
        offset = span.start
        let end = scalars.index(index, offsetBy: span.length)
        return String(scalars[index..<end])
    }
}

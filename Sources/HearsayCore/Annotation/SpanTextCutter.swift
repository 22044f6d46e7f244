/// Cuts the article's text at spans given in text order, walking each segment's UTF-8 once: a cursor
/// remembers where the last cut ended, so a paragraph with many places is not rescanned from its start.
struct SpanTextCutter {
    private let segments: [TextSegment]
    private var segment = 0
    /// The cursor: a scalar offset in the article and the matching byte in the current segment's UTF-8.
    private var offset = 0
    private var byte = 0

    /// A cutter over `segments`, in text order.
    init(segments: [TextSegment]) {
        self.segments = segments
        offset = segments.first?.range.lowerBound ?? 0
    }

    /// The text at `span` (not before the previous span's start), or nil when no segment holds it whole.
    mutating func text(at span: Span) -> String? {
        while segment < segments.count, segments[segment].range.upperBound <= span.start {
            segment += 1
            guard segment < segments.count else { break }
            byte = 0
            offset = segments[segment].range.lowerBound
        }
        guard segment < segments.count, segments[segment].range.contains(span.start),
              span.end <= segments[segment].range.upperBound, offset <= span.start else { return nil }
        var text = segments[segment].text
        let scalars = segments[segment].range.count
        let (start, cut) = text.withUTF8 { bytes in
            // As many bytes as scalars: every scalar is one byte, and a scalar offset is a byte offset (most news).
            if bytes.count == scalars {
                let start = byte + (span.start - offset)
                let piece = UnsafeBufferPointer(rebasing: bytes[start..<(start + span.length)])
                return (start, String(trustedUTF8: piece, isASCII: true))
            }
            let start = Self.advance(bytes, from: byte, by: span.start - offset)
            let end = Self.advance(bytes, from: start, by: span.length)
            let piece = UnsafeBufferPointer(rebasing: bytes[start..<end])
            return (start, String(trustedUTF8: piece, isASCII: piece.allSatisfy { $0 < 0x80 }))
        }
        byte = start
        offset = span.start
        return cut
    }

    /// The byte `scalars` scalars after the scalar starting at byte `start` (the text is valid UTF-8). Eight bytes
    /// are passed at a time while they start no more scalars than are left to pass (the continuation bytes that
    /// follow them belong to a scalar they start), then a scalar at a time.
    private static func advance(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, by scalars: Int) -> Int {
        var index = start
        var left = scalars
        while left > 0, index + ByteWord.width <= bytes.count {
            let starts = ByteWord.width - ByteWord.count(of: ByteWord(bytes, at: index).continuations)
            guard starts <= left else { break }
            left -= starts
            index += ByteWord.width
            while index < bytes.count, UTF8Bytes.isContinuation(bytes[index]) { index += 1 }
        }
        for _ in 0..<left where index < bytes.count { index += UTF8Bytes.width(bytes[index]) }
        return min(index, bytes.count)
    }
}

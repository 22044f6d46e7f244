/// Cuts over-long lines into paragraphs of bounded length, at a space where there is one.
///
/// Annotation and layout work a paragraph at a time, so bounding a paragraph keeps their cost in step with
/// the file's size: a file that is one enormous line (minified text, a log) opens like any other. The cut
/// pieces keep their offsets into the text; the article carries a warning that they were cut.
public enum LongLineSplitter {
    /// The longest paragraph kept whole, in Unicode scalars (a long news paragraph is under 2,000).
    public static let maximumLength = 4096

    /// `segment` itself when it is short enough, otherwise its pieces, each at most `maximumLength` long.
    static func split(_ segment: TextSegment, maximumLength: Int = maximumLength) -> [TextSegment] {
        guard segment.range.count > maximumLength else { return [segment] }
        let scalars = Array(segment.text.unicodeScalars)
        var pieces: [TextSegment] = []
        var start = 0
        while start < scalars.count {
            var end = min(start + maximumLength, scalars.count)
            if end < scalars.count, let space = lastSpace(in: scalars, from: start + maximumLength / 2, to: end) {
                end = space
            }
            pieces.append(piece(scalars, start..<end, offset: segment.range.lowerBound))
            start = end
            while start < scalars.count, isSpace(scalars[start]) { start += 1 }
        }
        return pieces
    }

    /// The offset just after the last space in `from..<to`, or nil when there is none.
    private static func lastSpace(in scalars: [Unicode.Scalar], from: Int, to: Int) -> Int? {
        var index = to - 1
        while index >= from {
            if isSpace(scalars[index]) { return index }
            index -= 1
        }
        return nil
    }

    private static func piece(_ scalars: [Unicode.Scalar], _ range: Range<Int>, offset: Int) -> TextSegment {
        var end = range.upperBound
        while end > range.lowerBound + 1, isSpace(scalars[end - 1]) { end -= 1 }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[range.lowerBound..<end])
        return TextSegment(range: (offset + range.lowerBound)..<(offset + end), text: String(text))
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }
}

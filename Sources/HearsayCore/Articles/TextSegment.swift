/// A stretch of an article's text: its place in the whole text, in Unicode scalar offsets, and its characters.
public struct TextSegment: Hashable, Sendable {
    /// Where the segment lies in the article's text, in Unicode scalar offsets (end exclusive).
    public let range: Range<Int>
    /// The segment's text, exactly the scalars in `range`.
    public let text: String

    public init(range: Range<Int>, text: String) {
        self.range = range
        self.text = text
    }
}

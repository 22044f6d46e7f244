/// A stretch of article text in Unicode scalar offsets, `start` inclusive, `end` exclusive.
public struct Span: Hashable, Comparable, Sendable {
    public let start: Int
    public let end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    public var length: Int { end - start }
    public var range: Range<Int> { start..<end }

    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }
    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }
    public func contains(offset: Int) -> Bool { start <= offset && offset < end }

    public static func < (a: Span, b: Span) -> Bool { (a.start, a.end) < (b.start, b.end) }
}

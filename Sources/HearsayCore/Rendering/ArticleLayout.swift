/// One line of an article as laid out for a width.
public struct LayoutLine: Hashable, Sendable {
    /// What the line shows, which decides its base style.
    public enum Kind: Hashable, Sendable {
        case headline, body, footer, blank
    }

    public let kind: Kind
    /// The scalar offsets drawn on the line. A blank line is empty, at the offset of the line break it
    /// stands for, so every line has its own start offset and the reading position can be kept as one.
    public let range: Range<Int>
}

/// An article wrapped to a width: headline, blank, paragraphs separated by blanks, blank, footer.
///
/// Built once per width (see `ArticleDocument.layout(width:)`); line starts increase strictly, so the line
/// that holds an offset is found by binary search.
public struct ArticleLayout: Sendable {
    public let width: Int
    public let lines: [LayoutLine]

    /// Lays out `article` (whose scalars are `scalars`) for a text column `width` wide.
    public init(article: Article, scalars: [Unicode.Scalar], width: Int) {
        self.width = width
        var lines: [LayoutLine] = []
        func add(_ segment: TextSegment, kind: LayoutLine.Kind) {
            for range in LineWrapper.wrap(scalars, range: segment.range, width: width) {
                lines.append(LayoutLine(kind: kind, range: range))
            }
        }
        func blank(after segment: TextSegment) {
            lines.append(LayoutLine(kind: .blank, range: segment.range.upperBound..<segment.range.upperBound))
        }
        add(article.headline, kind: .headline)
        var previous = article.headline
        for paragraph in article.paragraphs {
            blank(after: previous)
            add(paragraph, kind: .body)
            previous = paragraph
        }
        for (index, line) in article.footer.enumerated() {
            if index == 0 { blank(after: previous) }
            add(line, kind: .footer)
        }
        self.lines = lines
    }

    /// The index of the line that holds `offset` (the last line starting at or before it).
    public func lineIndex(containing offset: Int) -> Int {
        var low = 0
        var high = lines.count - 1
        var found = 0
        while low <= high {
            let middle = (low + high) / 2
            if lines[middle].range.lowerBound <= offset {
                found = middle
                low = middle + 1
            } else {
                high = middle - 1
            }
        }
        return found
    }

    /// The start offset of line `index` (clamped), the anchor of a reading position.
    public func anchor(ofLine index: Int) -> Int {
        guard !lines.isEmpty else { return 0 }
        return lines[min(max(0, index), lines.count - 1)].range.lowerBound
    }

    /// The highest first line a view `height` lines tall may show.
    public func maxTop(height: Int) -> Int { max(0, lines.count - max(1, height)) }
}

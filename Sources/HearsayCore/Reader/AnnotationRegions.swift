/// How an article is cut for lazy annotation: a normal article is one region, annotated whole; a very long
/// one is cut into regions of consecutive paragraphs, each annotated on its own when it is first needed.
///
/// A region is annotated as a small article of its own (the headline, then its paragraphs), so the
/// annotator never sees the whole text; its spans are moved back to offsets in the full text. Context does
/// not cross regions (a surname in one region is not linked to a full name in another, a quote running over
/// a region's last paragraph ends there): the price of opening a 10 MB article at once.
struct AnnotationRegions {
    /// Articles up to this many scalars are annotated whole, exactly as `hearsay annotate` does.
    static let wholeArticleLimit = 262_144
    /// A region of a long article holds paragraphs until it has at least this many scalars.
    static let regionScalars = 8_192

    /// The offset where each region starts (the first at 0), increasing.
    let starts: [Int]
    /// The paragraphs (indexes into `article.paragraphs`) of each region.
    let paragraphs: [Range<Int>]

    var count: Int { starts.count }
    var isWhole: Bool { starts.count == 1 }

    init(article: Article, scalarCount: Int, whole: Bool = false) {
        let paragraphCount = article.paragraphs.count
        guard !whole, scalarCount > Self.wholeArticleLimit, paragraphCount > 1 else {
            starts = [0]
            paragraphs = [0..<paragraphCount]
            return
        }
        var starts = [0]
        var paragraphs: [Range<Int>] = []
        var first = 0
        var size = 0
        for (index, paragraph) in article.paragraphs.enumerated() {
            size += paragraph.range.count
            if size >= Self.regionScalars || index == paragraphCount - 1 {
                paragraphs.append(first..<(index + 1))
                if index + 1 < paragraphCount { starts.append(article.paragraphs[index + 1].range.lowerBound) }
                first = index + 1
                size = 0
            }
        }
        self.starts = starts
        self.paragraphs = paragraphs
    }

    /// The region holding `offset` (offsets before the first paragraph are in region 0).
    func region(containing offset: Int) -> Int {
        max(0, Highlights.partition(starts.count) { starts[$0] > offset } - 1)
    }

    /// Region `index` as an article of its own (the headline and the region's paragraphs, one a line),
    /// and how to move its offsets back into the full text.
    func article(_ index: Int, of article: Article, scalars: [Unicode.Scalar]) -> (Article, OffsetShift) {
        let members = article.paragraphs[paragraphs[index]]
        guard let first = members.first, let last = members.last else { return (article, OffsetShift(headline: 0, shift: 0, base: 0)) }
        let headline = article.headline
        let shift = headline.range.count + 1
        let base = first.range.lowerBound
        var text = String.UnicodeScalarView()
        text.append(contentsOf: headline.text.unicodeScalars)
        text.append("\n")
        text.append(contentsOf: scalars[base..<last.range.upperBound])
        let moved = members.map { paragraph in
            TextSegment(range: (paragraph.range.lowerBound - base + shift)..<(paragraph.range.upperBound - base + shift),
                        text: paragraph.text)
        }
        let part = Article(source: article.source, text: String(text),
                           headline: TextSegment(range: 0..<headline.range.count, text: headline.text),
                           paragraphs: moved, footer: [], warnings: article.warnings)
        return (part, OffsetShift(headline: headline.range.lowerBound, shift: shift, base: base))
    }
}

/// Moves offsets of a region's own article back into the full text: the headline part, then the paragraphs.
struct OffsetShift {
    /// Where the headline starts in the full text.
    let headline: Int
    /// Where the paragraphs start in the region's article.
    let shift: Int
    /// Where the region's first paragraph starts in the full text.
    let base: Int

    func offset(_ offset: Int) -> Int { offset < shift ? headline + offset : offset - shift + base }

    func span(_ span: Span) -> Span { Span(offset(span.start), offset(span.end)) }

    /// Every span of `annotation` moved into the full text.
    func annotation(_ annotation: Annotation) -> Annotation {
        Annotation(
            quotes: annotation.quotes.map { Quote(span: span($0.span), speaker: $0.speaker, chain: $0.chain, inHeadline: $0.inHeadline) },
            speakers: annotation.speakers.map { Speaker(name: $0.name, mentions: $0.mentions.map(span)) },
            places: annotation.places.map { Place(span: span($0.span), text: $0.text) },
            reported: annotation.reported.map { ReportedSpeech(span: span($0.span), speaker: $0.speaker) }
        )
    }
}

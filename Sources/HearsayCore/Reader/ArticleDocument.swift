/// An article ready to read: its text as scalars, its annotation, the quote stops, and caches of its
/// layout (one per width) and of its search index.
///
/// Built once when the article is selected; later frames and keys only read it (the caches fill on first use).
public final class ArticleDocument {
    public let article: Article
    public let annotation: Annotation
    /// The article's text as Unicode scalars: every offset indexes this.
    public let scalars: [Unicode.Scalar]
    /// Where each kind of highlight is, sorted for lookups by line.
    public let highlights: Highlights
    /// The stops of `]` and `[`, their segments widened to take in the quotation marks.
    public let quoteStops: [QuoteStop]
    /// Every quote segment widened to take in its quotation marks, sorted: what the quote style covers.
    public let quoteMarkSpans: [Span]

    private var layouts: [Int: ArticleLayout] = [:]
    private lazy var searchIndex = SearchIndex(scalars: scalars)

    public init(article: Article, annotation: Annotation) {
        self.article = article
        self.annotation = annotation
        scalars = Array(article.text.unicodeScalars)
        highlights = Highlights(annotation)
        let widen = QuoteMarks(scalars: scalars)
        quoteMarkSpans = widen.spans(highlights.quotes)
        quoteStops = QuoteStop.stops(of: annotation).map { stop in
            let segments = widen.spans(stop.segments)
            let span = Span(segments.first?.start ?? stop.span.start, segments.last?.end ?? stop.span.end)
            return QuoteStop(segments: segments, span: span, speaker: stop.speaker)
        }
    }

    /// The article wrapped to `width` columns (computed once per width, the last few kept).
    public func layout(width: Int) -> ArticleLayout {
        let width = max(1, width)
        if let known = layouts[width] { return known }
        let layout = ArticleLayout(article: article, scalars: scalars, width: width)
        if layouts.count >= 4 { layouts.removeAll() }
        layouts[width] = layout
        return layout
    }

    /// Every match of `query` in the article, in text order.
    public func matches(for query: String) -> [Span] {
        searchIndex.matches(for: SearchQuery(query))
    }
}

/// The annotation's spans by kind, each list sorted by start, for drawing a line at a time.
public struct Highlights: Sendable {
    public let quotes: [Span]
    public let reported: [Span]
    public let places: [Span]
    /// Speaker mentions with the speaker's index (which picks the palette colour).
    public let mentions: [(span: Span, speaker: Int)]

    public init(_ annotation: Annotation) {
        quotes = annotation.quotes.map(\.span).sorted()
        reported = annotation.reported.map(\.span).sorted()
        places = annotation.places.map(\.span).sorted()
        var mentions: [(span: Span, speaker: Int)] = []
        for (index, speaker) in annotation.speakers.enumerated() {
            for mention in speaker.mentions { mentions.append((mention, index)) }
        }
        self.mentions = mentions.sorted { $0.span < $1.span }
    }

    /// The indexes of `spans` that overlap `range`; `spans` sorted and not overlapping one another
    /// (so their ends are sorted too), as the annotator guarantees within a kind.
    public static func overlapping(_ spans: [Span], _ range: Range<Int>) -> Range<Int> {
        overlapping(count: spans.count, start: { spans[$0].start }, end: { spans[$0].end }, range)
    }

    /// The same for any list, given how to read a span's start and end.
    public static func overlapping(count: Int, start: (Int) -> Int, end: (Int) -> Int, _ range: Range<Int>) -> Range<Int> {
        let first = partition(count) { end($0) > range.lowerBound }
        let last = partition(count) { start($0) >= range.upperBound }
        return first..<max(first, last)
    }

    /// The first index in 0..<count for which `isAfter` holds (it must hold for a suffix).
    private static func partition(_ count: Int, _ isAfter: (Int) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if isAfter(middle) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

/// Widens quote spans (which exclude their marks) by the quotation mark on each side, when there is one.
struct QuoteMarks {
    let scalars: [Unicode.Scalar]
    static let marks: Set<Unicode.Scalar> = ["\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{00AB}",
                                              "\u{00BB}", "\u{201E}", "\u{201A}", "\u{2039}", "\u{203A}"]

    /// `spans` (sorted, not overlapping) widened where a mark touches them, still not overlapping.
    func spans(_ spans: [Span]) -> [Span] {
        var result: [Span] = []
        for (index, span) in spans.enumerated() {
            var start = span.start
            var end = span.end
            if start > 0, start - 1 < scalars.count, Self.marks.contains(scalars[start - 1]),
               (result.last?.end ?? 0) <= start - 1 { start -= 1 }
            if end < scalars.count, Self.marks.contains(scalars[end]),
               index + 1 >= spans.count || spans[index + 1].start > end { end += 1 }
            result.append(Span(start, end))
        }
        return result
    }
}

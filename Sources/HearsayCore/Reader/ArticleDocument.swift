/// An article ready to read: its text as scalars, its highlights, and caches of its layout (one per width)
/// and of its search index.
///
/// Nothing is computed before it is needed, and nothing twice: a normal article is annotated whole when its
/// highlights are first asked for; a very long one (see `AnnotationRegions`) a region of paragraphs at a time,
/// for the lines on screen and the quotes jumped to. Later frames and keys only read what is cached.
public final class ArticleDocument {
    /// Annotates an article (a whole one, or one region of a long one).
    public typealias Annotate = (Article) -> Annotation

    public let article: Article
    /// The article's text as Unicode scalars: every offset indexes this.
    public let scalars: [Unicode.Scalar]

    private let regions: AnnotationRegions
    private let annotate: Annotate
    private var highlightsByRegion: [Highlights?]
    private var annotatedRegions = 0
    /// Speaker names to their number in the document, in order of first annotation.
    private var speakerNumbers: [String: Int] = [:]
    private var layouts: [Int: ArticleLayout] = [:]
    private lazy var searchIndex = SearchIndex(scalars: scalars)

    /// A document that annotates with `annotate` when highlights are first needed.
    public init(article: Article, annotate: @escaping Annotate) {
        self.article = article
        scalars = Array(article.text.unicodeScalars)
        regions = AnnotationRegions(article: article, scalarCount: scalars.count)
        self.annotate = annotate
        highlightsByRegion = Array(repeating: nil, count: regions.count)
    }

    /// A document of an article annotated already (whole).
    public init(article: Article, annotation: Annotation) {
        self.article = article
        scalars = Array(article.text.unicodeScalars)
        regions = AnnotationRegions(article: article, scalarCount: scalars.count, whole: true)
        annotate = { _ in annotation }
        highlightsByRegion = [nil]
    }

    /// Whether every region has been annotated.
    public var isFullyAnnotated: Bool { annotatedRegions == regions.count }

    /// The highlights of the part of the article that holds `offset`, annotating it on first use.
    public func highlights(at offset: Int) -> Highlights {
        highlights(ofRegion: regions.region(containing: offset))
    }

    /// The number of quote stops: annotates a normal article; nil for a long one until all of it is annotated.
    public var quoteCount: Int? {
        if regions.isWhole { return highlights(ofRegion: 0).stops.count }
        guard isFullyAnnotated else { return nil }
        return highlightsByRegion.reduce(0) { $0 + ($1?.stops.count ?? 0) }
    }

    /// Every quote stop in text order (annotates the whole article).
    public var quoteStops: [QuoteStop] {
        (0..<regions.count).flatMap { highlights(ofRegion: $0).stops }
    }

    /// The quote stop that starts at `offset`, if there is one.
    public func quoteStop(startingAt offset: Int) -> QuoteStop? {
        let stops = highlights(at: offset).stops
        let index = Highlights.partition(stops.count) { stops[$0].span.start >= offset }
        return index < stops.count && stops[index].span.start == offset ? stops[index] : nil
    }

    /// The first quote stop starting at or after `offset`, annotating forward as far as it takes.
    public func quoteStop(atOrAfter offset: Int) -> QuoteStop? {
        guard offset < scalars.count || scalars.isEmpty else { return nil }
        for region in regions.region(containing: offset)..<regions.count {
            let stops = highlights(ofRegion: region).stops
            let index = Highlights.partition(stops.count) { stops[$0].span.start >= offset }
            if index < stops.count { return stops[index] }
        }
        return nil
    }

    /// The last quote stop starting before `offset`, annotating backward as far as it takes.
    public func quoteStop(before offset: Int) -> QuoteStop? {
        for region in stride(from: regions.region(containing: max(0, offset)), through: 0, by: -1) {
            let stops = highlights(ofRegion: region).stops
            let index = Highlights.partition(stops.count) { stops[$0].span.start >= offset }
            if index > 0 { return stops[index - 1] }
        }
        return nil
    }

    /// "Quote 2 of 5" for the stop starting at `offset`: known once the whole article is annotated.
    public func quoteNumber(startingAt offset: Int) -> (number: Int, count: Int)? {
        guard regions.isWhole || isFullyAnnotated else { return nil }
        let region = regions.region(containing: offset)
        let before = highlightsByRegion[..<region].reduce(0) { $0 + ($1?.stops.count ?? 0) }
        let stops = highlights(ofRegion: region).stops
        guard let index = stops.firstIndex(where: { $0.span.start == offset }), let count = quoteCount else { return nil }
        return (before + index + 1, count)
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
    public func matches(for query: String) -> SearchMatches {
        searchIndex.matches(for: SearchQuery(query))
    }

    private func highlights(ofRegion region: Int) -> Highlights {
        if let known = highlightsByRegion[region] { return known }
        let found: Highlights
        if regions.isWhole {
            found = Highlights(annotate(article), scalars: scalars, speakerNumber: { $0 })
        } else {
            let (part, shift) = regions.article(region, of: article, scalars: scalars)
            let annotation = shift.annotation(annotate(part))
            found = Highlights(annotation, scalars: scalars, from: region == 0 ? 0 : regions.starts[region],
                               speakerNumber: { self.speakerNumber(annotation.speakers[$0].name) })
        }
        highlightsByRegion[region] = found
        annotatedRegions += 1
        return found
    }

    private func speakerNumber(_ name: String) -> Int {
        if let known = speakerNumbers[name] { return known }
        let number = speakerNumbers.count
        speakerNumbers[name] = number
        return number
    }
}

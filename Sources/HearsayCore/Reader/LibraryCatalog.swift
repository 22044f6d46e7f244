/// An article as the reader holds it: loaded and annotated, or the reason it could not be.
public enum DocumentSlot {
    case loaded(ArticleDocument)
    case failed(ArticleError)
}

/// What a list row shows for an article: its title and quote count, or why it cannot be read.
public struct RowSummary: Hashable, Sendable {
    public let title: String
    /// The number of quote stops, when the article could be read.
    public let quoteCount: Int?
    public let error: ArticleError?
    /// What was odd about a file that could still be read (invalid UTF-8...).
    public let warnings: [ArticleWarning]

    public init(title: String, quoteCount: Int?, error: ArticleError? = nil, warnings: [ArticleWarning] = []) {
        self.title = title
        self.quoteCount = quoteCount
        self.error = error
        self.warnings = warnings
    }
}

/// The library with lazily read articles: a list row's title and quote count are read when the row is
/// first drawn, and an article is loaded and annotated when it is first shown, then kept in a small cache.
///
/// This is the one side-effecting object the renderer reads; the state and `update` never touch it.
public final class LibraryCatalog {
    /// Reads one entry's article.
    public typealias Loader = (Library.Entry) -> Result<Article, ArticleError>
    /// Annotates an article.
    public typealias Annotate = (Article) -> Annotation

    public let entries: [Library.Entry]
    private let loader: Loader
    private let annotate: Annotate
    private var summaries: [Int: RowSummary] = [:]
    private var documents: [Int: DocumentSlot] = [:]
    private var recent: [Int] = []
    private let documentLimit = 6

    /// A catalog of `library`, reading files with `ArticleLoader` and annotating with `Annotator` unless told otherwise.
    public init(library: Library, loader: Loader? = nil, annotate: Annotate? = nil) {
        entries = library.entries
        self.loader = loader ?? { entry in
            if let error = entry.scanError { return .failure(error) }
            return ArticleLoader.load(path: entry.path)
        }
        let annotator = Annotator()
        self.annotate = annotate ?? { annotator.annotate($0) }
    }

    public var count: Int { entries.count }

    /// The row for entry `index`, reading it on first use. A long article's quote count shows once the
    /// reader has annotated all of it; until then the row has only its title.
    public func summary(at index: Int) -> RowSummary {
        if case .loaded(let document)? = documents[index] {
            let summary = Self.summary(of: document)
            if summary.quoteCount != nil { summaries[index] = summary }
            return summary
        }
        if let known = summaries[index] { return known }
        guard entries.indices.contains(index) else { return RowSummary(title: "", quoteCount: nil) }
        let summary: RowSummary
        switch loader(entries[index]) {
        case .failure(let error):
            summary = RowSummary(title: entries[index].fileName, quoteCount: nil, error: error)
        case .success(let article):
            summary = Self.summary(of: ArticleDocument(article: article, annotate: annotate))
        }
        summaries[index] = summary
        return summary
    }

    /// The article of entry `index`, loaded and annotated on first use; nil outside the library.
    public func document(at index: Int) -> DocumentSlot? {
        guard entries.indices.contains(index) else { return nil }
        recent.removeAll { $0 == index }
        recent.append(index)
        if let known = documents[index] { return known }
        let slot: DocumentSlot
        switch loader(entries[index]) {
        case .failure(let error): slot = .failed(error)
        case .success(let article): slot = .loaded(ArticleDocument(article: article, annotate: annotate))
        }
        documents[index] = slot
        if recent.count > documentLimit { documents[recent.removeFirst()] = nil }
        return slot
    }

    /// The loaded document of entry `index`, or nil when it is not loaded or failed.
    public func loadedDocument(at index: Int) -> ArticleDocument? {
        if case .loaded(let document)? = document(at: index) { return document }
        return nil
    }

    private static func summary(of document: ArticleDocument) -> RowSummary {
        RowSummary(title: document.article.headline.text, quoteCount: document.quoteCount,
                   warnings: document.article.warnings)
    }
}

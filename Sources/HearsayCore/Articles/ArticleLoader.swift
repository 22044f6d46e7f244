/// Reads article files from disk into `Article`s, with a clear error for each file that cannot be read.
public enum ArticleLoader {
    /// Files larger than this are refused, by their size alone, without being read. News articles are
    /// tens of kilobytes; annotating takes about a second per megabyte, and the reader waits for it.
    public static let sizeLimit = 32 * 1024 * 1024

    /// Loads one file; the error says what is wrong with it, never crashes and never blocks on a FIFO.
    public static func load(path: String) -> Result<Article, ArticleError> {
        load(path: path, fileSystem: .system)
    }

    /// Loads one file through `fileSystem` (tests put failures in it).
    static func load(path: String, fileSystem: FileSystem) -> Result<Article, ArticleError> {
        switch fileSystem.read(path, sizeLimit) {
        case .failure(let failure): return .failure(ArticleError(failure, path: path, limit: sizeLimit))
        case .success(let bytes): return article(from: bytes, source: path)
        }
    }

    /// Builds an article from bytes already in memory.
    public static func article(from bytes: [UInt8], source: String) -> Result<Article, ArticleError> {
        if bytes.isEmpty { return .failure(.empty(path: source)) }
        if TextDecoder.looksBinary(bytes) { return .failure(.binary(path: source)) }
        let decoded = TextDecoder.decode(bytes)
        let article = ArticleParser.parse(decoded.text, source: source, warnings: decoded.warnings)
        if article.headline.text.isEmpty { return .failure(.empty(path: source)) }
        return .success(article)
    }
}

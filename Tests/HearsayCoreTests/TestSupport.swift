import Foundation
@testable import HearsayCore

/// Helpers shared by the headless tests.
enum TestSupport {
    /// The repository root, found from this file's path.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled seeds/ folder.
    static var seedsPath: String { repositoryRoot.appendingPathComponent("seeds").path }

    /// An article parsed from text written in the test.
    static func article(_ text: String, source: String = "test.txt") -> Article {
        ArticleParser.parse(text, source: source)
    }

    /// The annotation of an article written in the test.
    static func annotate(_ text: String) -> (Article, Annotation) {
        let article = article(text)
        return (article, Annotator().annotate(article))
    }

    /// The text a span covers.
    static func text(_ span: Span, in article: Article) -> String {
        let scalars = Array(article.text.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[span.range]))
    }

    /// (quote text, speaker name) pairs of an annotation, in order.
    static func quotes(_ text: String) -> [(String, String?)] {
        let (article, annotation) = annotate(text)
        return annotation.quotes.map { (Self.text($0.span, in: article), annotation.speakerName(of: $0)) }
    }

    /// Place texts in order.
    static func places(_ text: String) -> [String] {
        annotate(text).1.places.map(\.text)
    }

    /// A fresh temporary folder.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

@testable import HearsayCore
import Testing

/// A very long article is annotated a region at a time, with every span moved back to the full text.
@Suite("Long articles")
struct LongArticleTests {
    /// About 400 K characters: more than one region's worth, each paragraph with one quote.
    static func longArticle() -> Article {
        var lines = ["Harbour plan divides Lisbon"]
        for number in 0..<4_000 {
            lines.append("Paragraph \(number) opens here. \"We will rebuild the harbour \(number),\" said Ana Costa in Lisbon.")
        }
        return TestSupport.article(lines.joined(separator: "\n"))
    }

    @Test("Only the region on screen is annotated, and its quotes and places are where the text says")
    func regionSpansPointAtTheirText() throws {
        let article = Self.longArticle()
        let document = ArticleDocument(article: article, annotate: { Annotator().annotate($0) })
        let middle = article.paragraphs[1_200].range.lowerBound
        let highlights = document.highlights(at: middle)
        #expect(!document.isFullyAnnotated)
        #expect(document.quoteCount == nil)
        let quote = try #require(highlights.quotes.first { $0.start >= middle })
        let text = TestSupport.text(quote, in: article)
        #expect(text.hasPrefix("\"We will rebuild the harbour"))
        #expect(text.hasSuffix(",\""))
        #expect(highlights.places.allSatisfy { TestSupport.text($0, in: article) == "Lisbon" })
        #expect(highlights.mentions.allSatisfy { TestSupport.text($0.span, in: article).hasSuffix("Costa") })
    }

    @Test("Quote jumps find the next and previous stop by offset across regions")
    func quoteStopsAcrossRegions() throws {
        let article = Self.longArticle()
        let document = ArticleDocument(article: article, annotate: { Annotator().annotate($0) })
        let offset = article.paragraphs[900].range.lowerBound
        let next = try #require(document.quoteStop(atOrAfter: offset))
        #expect(next.span.start > offset)
        #expect(document.quoteStop(startingAt: next.span.start) == next)
        let previous = try #require(document.quoteStop(before: offset))
        #expect(previous.span.start < offset)
        #expect(document.quoteStop(before: 0) == nil)
    }
}

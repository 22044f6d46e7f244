import Testing
@testable import HearsayCore

@Suite("Reading an article's layout")
struct ArticleParserTests {
    @Test("line one is the headline and every further non-empty line a paragraph")
    func headlineAndParagraphs() {
        let article = TestSupport.article("Title here\n\nFirst paragraph.\n   \nSecond one.\n")
        #expect(article.headline.text == "Title here")
        #expect(article.paragraphs.map(\.text) == ["First paragraph.", "Second one."])
        #expect(article.paragraphs[0].range == 12..<28)
    }

    @Test("offsets count every scalar, carriage returns and accents included")
    func crlfOffsets() {
        let text = "Zoë’s day\r\nIn Zürich, “hello.”\r\n"
        let article = TestSupport.article(text)
        let paragraph = article.paragraphs[0]
        #expect(paragraph.text == "In Zürich, “hello.”")
        #expect(paragraph.range.lowerBound == 11)
        #expect(TestSupport.text(Span(paragraph.range.lowerBound, paragraph.range.upperBound), in: article) == paragraph.text)
    }

    @Test("copyright and rights lines at the end are a footer, not body")
    func footer() {
        let article = TestSupport.article("T\nBody text.\nThis is a sample.\n© 2026 Sample Wire. All rights reserved.\n")
        #expect(article.paragraphs.map(\.text) == ["Body text.", "This is a sample."])
        #expect(article.footer.map(\.text) == ["© 2026 Sample Wire. All rights reserved."])
    }

    @Test("a copyright mention inside a long paragraph stays body text")
    func copyrightInBody() {
        let long = "The court heard that the copyright of the song, all rights reserved by the label, " + String(repeating: "was disputed at length ", count: 12) + "."
        let article = TestSupport.article("T\n\(long)\n")
        #expect(article.paragraphs.count == 1)
        #expect(article.footer.isEmpty)
    }

    @Test("a byte-order mark does not become part of the headline")
    func byteOrderMark() {
        let article = TestSupport.article("\u{FEFF}Headline\nBody.")
        #expect(article.headline.text == "Headline")
        #expect(article.headline.range == 1..<9)
    }
}

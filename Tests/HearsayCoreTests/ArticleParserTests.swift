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

    @Test("footer lines are told by lowering the whole line, even where the byte test rules lines out first")
    func footerTestAgreesWithLowering() {
        // What a footer is, spelt out: the line lowered, then its prefixes and markers looked for.
        func isNotice(_ line: String) -> Bool {
            guard line.unicodeScalars.count <= BoilerplateFooter.maximumLength else { return false }
            let lower = line.lowercased()
            return ["©", "(c) ", "copyright"].contains { lower.hasPrefix($0) } || BoilerplateFooter.markers.contains { lower.contains($0) }
        }
        let pieces = ["©", "(C) ", "(c)", "COPYRIGHT", "Copy\u{212A}right", "RİGHTS", "All Rights Reserved", "all rights",
                      "reserved", "May not be PUBLISHED, broadcast, rewritten or redistributed", "publi\u{0130}shed", " ", "2026",
                      "Sample Wire.", "\u{FF23}opyright", "ß", "Ⓒ", "rights", "copy right"]
        var random = SeededRandom(seed: 11)
        var lines = pieces
        for _ in 0..<3_000 { lines.append((0..<random.int(in: 1...4)).map { _ in random.pick(pieces) }.joined()) }
        for line in lines { #expect(BoilerplateFooter.matches(line) == isNotice(line), "\(line)") }
    }

    @Test("lines are trimmed of blanks beyond ASCII, with their scalar ranges")
    func unicodeBlanksTrimmed() {
        let article = TestSupport.article("\u{FEFF}\u{00A0}Title\u{3000}\n\u{2003}“Quoted,” she said.\u{00A0}\u{FEFF}\n")
        #expect(article.headline.text == "Title" && article.headline.range == 2..<7)
        #expect(article.paragraphs.map(\.text) == ["“Quoted,” she said."])
        #expect(article.paragraphs.first?.range == 10..<29)
    }

    @Test("a byte-order mark does not become part of the headline")
    func byteOrderMark() {
        let article = TestSupport.article("\u{FEFF}Headline\nBody.")
        #expect(article.headline.text == "Headline")
        #expect(article.headline.range == 1..<9)
    }
}

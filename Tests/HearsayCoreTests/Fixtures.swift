import HearsayCore
import Testing

/// Articles written for the tests, with hand-made annotations so frames do not depend on the annotator.
enum Fixtures {
    static let mayor = """
        Mayor promises a new bridge
        "We will build it," said Ana Costa in Lisbon.
        Costa added that work starts in May.
        "It is overdue," Rui Melo told reporters.
        © 2024 Example News
        """

    static let tokyo = """
        東京都、新計画を発表
        東京都の小池知事は「新しい計画」を発表した。小池氏は記者会見で説明した。
        """

    /// The scalar span of the `occurrence`-th `needle` in `text`.
    static func span(_ needle: String, in text: String, occurrence: Int = 0) -> Span {
        let haystack = Array(text.unicodeScalars)
        let pattern = Array(needle.unicodeScalars)
        var seen = 0
        for start in 0...(max(0, haystack.count - pattern.count)) where Array(haystack[start..<(start + pattern.count)]) == pattern {
            if seen == occurrence { return Span(start, start + pattern.count) }
            seen += 1
        }
        Issue.record("\(needle) not found in the fixture")
        return Span(0, 0)
    }

    static func article(_ text: String, source: String) -> Article {
        switch ArticleLoader.article(from: Array(text.utf8), source: source) {
        case .success(let article): return article
        case .failure(let error):
            Issue.record("fixture \(source) did not parse: \(error.message)")
            return ArticleParser.parse(text, source: source)
        }
    }

    static func mayorAnnotation() -> Annotation {
        let text = mayor
        return Annotation(
            quotes: [
                Quote(span: span("We will build it,", in: text), speaker: 0, chain: 0, inHeadline: false),
                Quote(span: span("It is overdue,", in: text), speaker: 1, chain: 1, inHeadline: false),
            ],
            speakers: [
                Speaker(name: "Ana Costa", mentions: [span("Ana Costa", in: text), span("Costa", in: text, occurrence: 1)]),
                Speaker(name: "Rui Melo", mentions: [span("Rui Melo", in: text)]),
            ],
            places: [Place(span: span("Lisbon", in: text), text: "Lisbon")],
            reported: [ReportedSpeech(span: span("work starts in May", in: text), speaker: 0)]
        )
    }

    /// A long article: 40 numbered paragraphs, quotes in paragraphs 5, 20 and 35 (the one in 20 runs into 21).
    static func long() -> (text: String, annotation: Annotation) {
        var lines = ["A long article for scrolling"]
        for number in 1...40 {
            switch number {
            case 5, 35: lines.append("Paragraph \(number): \"Quote in paragraph \(number),\" said Ana Costa.")
            case 20: lines.append("Paragraph 20: \"This quote runs on")
            case 21: lines.append("\"into paragraph 21,\" said Rui Melo.")
            default: lines.append("Paragraph \(number) has a few words to wrap on narrow screens.")
            }
        }
        let text = lines.joined(separator: "\n")
        let quotes = [
            Quote(span: span("Quote in paragraph 5,", in: text), speaker: 0, chain: 0, inHeadline: false),
            Quote(span: span("This quote runs on", in: text), speaker: 1, chain: 1, inHeadline: false),
            Quote(span: span("into paragraph 21,", in: text), speaker: 1, chain: 1, inHeadline: false),
            Quote(span: span("Quote in paragraph 35,", in: text), speaker: 0, chain: 2, inHeadline: false),
        ]
        let speakers = [
            Speaker(name: "Ana Costa", mentions: [span("Ana Costa", in: text), span("Ana Costa", in: text, occurrence: 1)]),
            Speaker(name: "Rui Melo", mentions: [span("Rui Melo", in: text)]),
        ]
        return (text, Annotation(quotes: quotes, speakers: speakers, places: [], reported: []))
    }

    /// A catalog of in-memory articles: name → (text, annotation); a nil text fails as a binary file.
    /// `annotate`, when given, replaces the hand-made annotations (the property tests use the real annotator).
    static func catalog(_ items: [(name: String, text: String?, annotation: Annotation)],
                        annotate: LibraryCatalog.Annotate? = nil) -> LibraryCatalog {
        let library = Library(entries: items.map { Library.Entry(path: $0.name) })
        var texts: [String: String] = [:]
        var annotations: [String: Annotation] = [:]
        for item in items {
            if let text = item.text { texts[item.name] = text }
            annotations[item.name] = item.annotation
        }
        return LibraryCatalog(library: library, loader: { entry in
            guard let text = texts[entry.path] else { return .failure(.binary(path: entry.path)) }
            return .success(article(text, source: entry.path))
        }, annotate: annotate ?? { annotations[$0.source] ?? .empty })
    }

    /// The standard three-article library: mayor, tokyo, and a broken file.
    static func library() -> LibraryCatalog {
        catalog([("mayor.txt", mayor, mayorAnnotation()), ("tokyo.txt", tokyo, .empty), ("broken.txt", nil, .empty)])
    }

    /// A library of the long article and the mayor.
    static func longLibrary() -> LibraryCatalog {
        let long = long()
        return catalog([("long.txt", long.text, long.annotation), ("mayor.txt", mayor, mayorAnnotation())])
    }

    /// The document of entry `index`, loaded.
    static func document(_ catalog: LibraryCatalog, _ index: Int = 0) throws -> ArticleDocument {
        try #require(catalog.loadedDocument(at: index))
    }
}

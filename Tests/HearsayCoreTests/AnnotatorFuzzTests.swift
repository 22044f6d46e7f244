import Testing
@testable import HearsayCore

@Suite("The annotator on random and broken input")
struct AnnotatorFuzzTests {
    /// Pieces that stress the annotator: every kind of mark, names, places, controls, wide text.
    static let pieces: [String] = [
        "\"", "“", "”", "‘", "’", "'", "«", "»", "„", "``", "''", " ", " ", " ", "\n", "\r\n", ",", ".", ":", "—", "-",
        "said", "told reporters", "according to", "he", "she", "Mr", "President", "Haidar al-Abadi", "Abadi",
        "Moscow", "Washington", "U.S.", "US-led", "Syria's", "don't", "O'Brien", "'90s", "van der", "the minister",
        "Zoë", "東京", "🙂", "e\u{301}", "\u{1B}[31m", "\u{0}", "\u{202E}", "\u{FEFF}", "\u{FFFD}", "(", ")", "?", "!",
        "New York Times", "Bank of England", "Russian", "a spokesman for", "saying", "wrote", "AFP", "reports",
    ]

    static func check(_ text: String, _ note: String) {
        let article = ArticleParser.parse(text, source: note)
        let annotation = Annotator().annotate(article)
        let count = text.unicodeScalars.count
        func inRange(_ span: Span) -> Bool { 0 <= span.start && span.start < span.end && span.end <= count }
        let allSpans = annotation.quotes.map(\.span) + annotation.places.map(\.span) + annotation.reported.map(\.span)
            + annotation.speakers.flatMap(\.mentions)
        #expect(allSpans.allSatisfy(inRange), "span out of range for \(note)")
        for spans in [annotation.quotes.map(\.span), annotation.places.map(\.span), annotation.reported.map(\.span)] {
            #expect(zip(spans, spans.dropFirst()).allSatisfy { $0.end <= $1.start }, "overlap in \(note)")
        }
        let speakerIndices = annotation.quotes.compactMap(\.speaker) + annotation.reported.compactMap(\.speaker)
        #expect(speakerIndices.allSatisfy { $0 < annotation.speakers.count }, "bad speaker index for \(note)")
    }

    @Test("thousands of random mixtures of marks, names and controls give in-range, ordered spans")
    func randomPieces() {
        var random = SeededRandom(seed: 2026)
        for round in 0..<3000 {
            let length = Int.random(in: 1...80, using: &random)
            let text = (0..<length).map { _ in Self.pieces.randomElement(using: &random) ?? "" }.joined()
            Self.check(text, "pieces round \(round)")
        }
    }

    @Test("random bytes decoded as the loader decodes them never break the annotator")
    func randomBytes() {
        var random = SeededRandom(seed: 7)
        for round in 0..<1500 {
            let bytes = (0..<Int.random(in: 0...400, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            Self.check(TextDecoder.decode(bytes).text, "bytes round \(round)")
        }
    }

    @Test("mutations of the seed article (dropped, doubled and swapped characters) stay valid")
    func mutatedSeed() throws {
        let seed = try String(contentsOfFile: TestSupport.seedsPath + "/000_2a5072412fe112ef.txt", encoding: .utf8)
        var random = SeededRandom(seed: 99)
        var scalars = Array(seed.unicodeScalars)
        for round in 0..<400 {
            for _ in 0..<8 {
                let index = Int.random(in: 0..<scalars.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0 where scalars.count > 10: scalars.remove(at: index)
                case 1: scalars.insert(scalars[index], at: index)
                default: scalars.swapAt(index, Int.random(in: 0..<scalars.count, using: &random))
                }
            }
            Self.check(String(String.UnicodeScalarView(scalars)), "mutation round \(round)")
        }
    }

    @Test("a huge paragraph, unbalanced marks and punctuation only are handled")
    func extremes() {
        Self.check("H\n" + String(repeating: "\"Word, he said. ", count: 5000), "huge unbalanced")
        Self.check(String(repeating: "“”‘’\"'«»,.;:!?—", count: 300), "punctuation only")
        Self.check("\"\n\"\n\"\n“\n”\n", "marks alone on lines")
        Self.check("", "empty")
    }
}

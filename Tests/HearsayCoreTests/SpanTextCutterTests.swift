import Testing
@testable import HearsayCore

/// Cutting texts at sorted spans with a cursor gives what cutting each from the whole text gives.
@Suite struct SpanTextCutterTests {
    @Test(arguments: [(31, 4), (37, 40)])
    func cutsAsTheWholeTextWould(seed: Int, gap: Int) {
        var random = SeededRandom(seed: UInt64(seed))
        let pieces = ["Lisbon", " ", "“", "é", "Ж", "\u{1F600}", "said", ".", "\u{2019}", "日本"]
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<random.int(in: 1...5) {
                // Half the paragraphs all ASCII, which the cutter cuts by offset.
                let linePieces = random.int(in: 0...1) == 0 ? pieces.filter { $0.utf8.allSatisfy { $0 < 0x80 } } : pieces
                for _ in 0..<random.int(in: 0...12) { text += random.pick(linePieces) }
                text += "\n"
            }
            guard case .success(let article) = ArticleLoader.article(from: Array(text.utf8), source: "t.txt") else { continue }
            let scalars = Array(article.text.unicodeScalars)
            var spans: [Span] = []
            var start = 0
            while start < scalars.count {
                start += random.int(in: 0...gap)
                let span = Span(start, min(scalars.count, start + random.int(in: 1...6)))
                if span.start < scalars.count { spans.append(span) }
                start = span.end
            }
            var cutter = SpanTextCutter(segments: article.annotatedSegments)
            for span in spans {
                let inside = article.annotatedSegments.contains { $0.range.contains(span.start) && span.end <= $0.range.upperBound }
                let expected = inside ? String(String.UnicodeScalarView(scalars[span.range])) : nil
                #expect(cutter.text(at: span) == expected, "\(text.debugDescription) \(span)")
            }
        }
    }
}

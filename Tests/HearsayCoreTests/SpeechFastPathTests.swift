import Testing
@testable import HearsayCore

/// The byte-level fast paths of the speech passes give what the plain String operations give, on generated text.
@Suite struct SpeechFastPathTests {
    /// Pieces that make the hard cases: ASCII, CR LF, combining marks, precomposed letters, emoji with joiners,
    /// quotation marks of every family, KELVIN SIGN.
    static let pieces = ["a", "B", "\r", "\n", "\r\n", "e\u{301}", "\u{E9}", "\u{301}", "\u{1F468}\u{200D}\u{1F469}",
                         "\u{1F600}", "\"", "'", "`", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{AB}", "\u{BB}",
                         "\u{212A}", "K", "\u{65E5}", "."]

    static func randomText(_ random: inout SeededRandom, pieces: Int) -> String {
        var text = ""
        for _ in 0..<pieces { text += random.pick(Self.pieces) }
        return text
    }

    @Test func singleCharacterIsACountOfOne() {
        var random = SeededRandom(seed: 41)
        for _ in 0..<3_000 {
            let text = Self.randomText(&random, pieces: random.int(in: 0...3))
            #expect(text.isSingleCharacter == (text.count == 1), "\(text.debugDescription)")
        }
    }

    @Test func quoteMarkShapeIsTheFirstScalarAndTheScalarCount() {
        var random = SeededRandom(seed: 43)
        for _ in 0..<3_000 {
            let text = Self.randomText(&random, pieces: random.int(in: 0...3))
            let shape = QuoteMark.shape(of: text)
            #expect(shape?.first == text.unicodeScalars.first, "\(text.debugDescription)")
            if shape != nil { #expect(shape?.scalars == text.unicodeScalars.count, "\(text.debugDescription)") }
        }
    }

    @Test func overlapsAreDroppedAsByTheFilterOverSortedSpans() {
        var random = SeededRandom(seed: 47)
        for _ in 0..<1_000 {
            var spans: [Span] = []
            for _ in 0..<random.int(in: 0...8) {
                let start = random.int(in: 0...40)
                spans.append(Span(start, start + random.int(in: 0...6)))
            }
            let sorted = spans.sorted()
            var expected: [Span] = []
            for span in sorted where expected.last.map({ !$0.overlaps(span) }) ?? true { expected.append(span) }
            #expect(AnnotationAssembler.withoutOverlaps(sorted) == expected, "\(spans)")
            #expect(AnnotationAssembler.withoutOverlaps(AnnotationAssembler.inOrder(spans)) == expected, "\(spans)")
        }
    }
}

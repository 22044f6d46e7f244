import Testing
@testable import HearsayCore

/// The bit-first tests of the speech passes (`Tokens.isUnlistedMark`, `isPeriod`, `isLower`...) give what reading
/// the token's text gives, on generated text with every ASCII mark and some beyond.
@Suite struct SpeechMarkTestPropertyTests {
    static let pieces: [String] = {
        var pieces = (0x21...0x7E).compactMap { Unicode.Scalar($0).map { String($0) } }
        pieces += [" ", " ", " ", "that", "That", "by", "to", "he", "She", "said", "\u{2026}", "\u{201C}", "\u{2014}",
                   "\u{37E}", "\u{FF0C}", "\u{FF1A}", "e\u{301}", "Ana", "1,000"]
        return pieces
    }()

    static func paragraphs(seed: UInt64) -> [AnalysedParagraph] {
        var random = SeededRandom(seed: seed)
        var text = "Headline\n"
        for _ in 0..<40 {
            for _ in 0..<random.int(in: 1...30) { text += random.pick(pieces) + (random.int(in: 0...2) == 0 ? " " : "") }
            text += "\n"
        }
        let article = TestSupport.article(text)
        return AnalysedParagraph.paragraphs(of: article.annotatedSegments, vocabulary: Lexicon.shared.vocabulary).0
    }

    @Test(arguments: [51, 53, 59])
    func markTestsReadAsTheText(seed: Int) {
        for paragraph in Self.paragraphs(seed: UInt64(seed)) {
            let tokens = paragraph.tokens
            for index in tokens.indices {
                for mark in [",", ":", "/"] {
                    #expect(tokens.isUnlistedMark(index, mark) == tokens.isMark(index, mark), "\(tokens.text(index).debugDescription)")
                    // The passes that read "," and ":" without a kind test rely on both being punctuation tokens.
                    if mark != "/", tokens.text(index) == mark { #expect(tokens[index].kind == .punctuation) }
                }
                #expect(tokens.isPeriod(index) == tokens.isMark(index, "."))
                #expect(tokens.isOpeningParenthesis(index) == tokens.isMark(index, "("))
                #expect(tokens.isClosingParenthesis(index) == tokens.isMark(index, ")"))
                for word in ["that", "by", "to"] {
                    #expect(tokens.isLower(index, word, in: .nonVerb) == (tokens.lower(index) == word))
                }
                let isHeOrShe = ["he", "she"].contains(tokens.lower(index))
                #expect((tokens[index].folded.contains(.subjectPronoun) && isHeOrShe) == isHeOrShe)
            }
        }
    }
}

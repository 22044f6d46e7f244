import Testing
@testable import HearsayCore

/// The person pass answers some questions about a token from its flags and lists instead of its text; on random
/// text (hostile spellings included) each quick answer must be the one the plain String test gives.
@Suite("Person pass fast paths on random text")
struct PersonFastPathPropertyTests {
    /// Pieces of random text: names, titles, particles and initials; the marks the fast paths test for and
    /// look-alikes of them (one dot leader, full-width period and comma); accents precomposed and combining, a
    /// KELVIN SIGN, a capital that lowers to two scalars, a title-case digraph, wide text.
    static let pieces: [String] = [
        " ", " ", " ", "John", "Smith", "Mr", "Gen", "President", "Prime", "Minister", "of", "OF", "to", "To", "TO",
        "according", "said", "al-Abadi", "bin-Laden", "van", "U.S.", "J", "R", "CEO", "É", "E\u{301}", "\u{212A}im",
        "İ", "ǅemal", "日本", "1,200.5", ".", ".", ",", ",", "(", ")", "-", "'s", "\u{201C}", "\u{201D}", "\u{2024}",
        "\u{FF0E}", "\u{FF0C}", "\u{FF34}\u{FF2F}", "e\u{301}", "Jo-Renee", "Lee", "Ng\u{1EE5}y\u{1EC5}n",
    ]

    /// Calls `body` with the tokens of `rounds` random texts.
    static func forEachRandomParagraph(seed: UInt64, rounds: Int, _ body: (Tokens) -> Void) {
        var random = SeededRandom(seed: seed)
        let vocabulary = Lexicon.shared.vocabulary
        for _ in 0..<rounds {
            let text = (0..<random.int(in: 0...60)).map { _ in random.pick(pieces) }.joined()
            body(Tokenizer.tokenize(text, base: 0, vocabulary: vocabulary))
        }
    }

    @Test("A token's flags and lists answer as its text does")
    func tokenQuestionsMatchTheirTexts() {
        Self.forEachRandomParagraph(seed: 11, rounds: 400) { tokens in
            for index in tokens.indices {
                let text = tokens.text(index)
                #expect(tokens.isOneCharacter(index) == (text.count == 1), "\(text.unicodeScalars.map(\.value))")
                #expect(tokens[index].endsWithPeriod == (text.utf8.last == UInt8(ascii: ".")))
                #expect(tokens[index].written.contains(.period) == (text == "."))
                for mark in ["(", ")", ","] { #expect(tokens.isMark(index, mark) == (text == mark)) }
                if tokens.lower(index).equals("to") { #expect(tokens[index].kind == .word) }
                for afterTitle in [false, true] {
                    #expect(NameRunFinder.isTitleWord(tokens, index, afterTitle: afterTitle)
                        == (NameRunFinder.titleWord(tokens, index, afterTitle: afterTitle) != nil))
                }
                if tokens[index].kind != .punctuation { #expect(Appositive.end(after: index, in: tokens) == index) }
            }
        }
    }

    @Test("A run of spaced words has its words joined by spaces as its text")
    func spacedRunsAreTheirFullNames() {
        Self.forEachRandomParagraph(seed: 12, rounds: 400) { tokens in
            var runs: [NameRun] = []
            NameRunFinder.appendRuns(in: AnalysedParagraph(index: 1, tokens: tokens, isHeadline: false), to: &runs)
            for run in runs where !run.name.isEmpty && run.isSpacedWords(in: tokens) {
                let full = PersonRegistry.fullName(run.words(in: tokens))
                #expect(run.text(in: tokens).utf8.elementsEqual(full.utf8))
            }
        }
    }
}

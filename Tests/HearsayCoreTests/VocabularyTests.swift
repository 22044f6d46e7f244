import Testing
@testable import HearsayCore

/// Spellings are numbered once and found again by their bytes, and what the spelling cache has learned from
/// earlier articles never changes how a text is tokenized.
@Suite struct VocabularyTests {
    /// Pieces of random words: both cases, accents precomposed and combining, a KELVIN SIGN, a capital without a
    /// lower case (ϒ), a capital that lowers to two scalars (İ), wide text, hyphens, apostrophes and periods.
    static let pieces = ["a", "b", "A", "B", "é", "e\u{301}", "É", "\u{212A}", "ϒ", "İ", "ß", "東", "-", "'", ".", "x", "Q", "z"]

    static func randomWord(_ random: inout SeededRandom) -> String {
        (0..<random.int(in: 1...24)).map { _ in random.pick(pieces) }.joined()
    }

    /// One line per token: text, lower case, lists, kind, span and flags.
    static func described(_ tokens: Tokens) -> [String] {
        tokens.indices.map { index in
            let token = tokens[index]
            return "\(tokens.text(index))|\(tokens.lower(index))|\(token.written.rawValue)|\(token.folded.rawValue)|"
                + "\(token.kind)|\(token.span.start)-\(token.span.end)|\(token.spaceBefore)\(token.spaceAfter)"
                + "\(token.isCapitalized)\(token.isAllCaps)\(token.hasHyphen)"
        }
    }

    @Test func spellingsAreNumberedOnceAndFoundAgain() {
        var random = SeededRandom(seed: 7)
        var numbering = WordNumbering(.empty, expectedSpellings: 4)   // grows many times
        var numbers: [[UInt8]: UInt32] = [:]   // by bytes: "é" and "e\u{301}" are two spellings of one String
        for _ in 0..<5_000 {
            var word = Self.randomWord(&random)
            let number = word.withUTF8 { numbering.spelling($0).number }
            if let earlier = numbers[Array(word.utf8)] { #expect(number == earlier, "\(word)") }
            numbers[Array(word.utf8)] = number
        }
        #expect(Set(numbers.values).count == numbers.count)
        let words = numbering.words()
        for (bytes, number) in numbers { #expect(Array(words.text(number).utf8) == bytes) }
    }

    @Test func whatTheCacheLearnedNeverChangesTheTokens() {
        let texts = [
            "Sen. Smith SAID, “The Minister of State told REPORTERS in Reading,” according to Reuters's al-Abadi.",
            "\u{212A}ing \u{212A}ING İSTANBUL ϒ Straße ÉCOLE École e\u{301}cole U.S. D.C. 1,200.5 '90s don't O'Brien",
            "LISBON — Mr. Costa said: ‘It’s over’… The minister, who spoke to AFP, said “nothing” about it.",
        ]
        var random = SeededRandom(seed: 11)
        let cache = SpellingCache(Vocabulary(Lexicon.shared.words))
        for round in 0..<40 {
            let text = round < texts.count ? texts[round] : (0..<30).map { _ in Self.randomWord(&random) }.joined(separator: " ")
            let fresh = Tokenizer.tokenize(text, base: 0, vocabulary: Vocabulary(Lexicon.shared.words))
            let (cached, added) = Tokenizer.tokenize([TextSegment(range: 0..<text.unicodeScalars.count, text: text)],
                                                     vocabulary: cache.current())
            #expect(Self.described(cached[0]) == Self.described(fresh), "\(text)")
            cache.keep(added)
        }
        // Everything learned is now known: a text read again adds nothing.
        let again = Tokenizer.tokenize([TextSegment(range: 0..<texts[1].unicodeScalars.count, text: texts[1])],
                                       vocabulary: cache.current())
        #expect(again.added.count == 0)
    }

    @Test func textsSplitAsTokens() {
        var random = SeededRandom(seed: 3)
        let extra = [" ", " ", "\u{2014}", "\u{201C}", ",", "1", ".", "'s", "\u{2019}"]
        for _ in 0..<2_000 {
            let text = (0..<random.int(in: 0...12)).map { _ in random.pick(Self.pieces + extra) }.joined()
            let tokens = Tokenizer.tokenize(text, base: 0, vocabulary: .empty)
            #expect(Tokenizer.texts(of: text).map { Array($0.utf8) } == tokens.indices.map { Array(tokens.text($0).utf8) }, "\(text)")
        }
    }

    @Test func commaAndColonBitsTellTheirTokensExactly() {
        var random = SeededRandom(seed: 9)
        let marks = [",", ":", ";", "\u{037E}", "\u{FF0C}", "\u{FF1A}", "\u{201A}", ",,", "::", "1,2", "a:b", " ", "x", "."]
        for _ in 0..<2_000 {
            let text = (0..<random.int(in: 1...10)).map { _ in random.pick(marks) }.joined(separator: random.chance(50) ? " " : "")
            let tokens = Tokenizer.tokenize(text, base: 0, vocabulary: Lexicon.shared.vocabulary)
            for index in tokens.indices {
                #expect(tokens.isComma(index) == tokens.isMark(index, ","), "\(text)")
                #expect(tokens.isColon(index) == tokens.isMark(index, ":"), "\(text)")
                #expect(tokens.isComma(index) == (tokens.text(index) == ","), "\(text)")
            }
        }
    }

    @Test func nameFactsAnswerAsTheLexicon() {
        let lexicon = Lexicon.shared
        let text = "Mary John Smith Garcia AMERICAN American Britons Paris Said the THE \u{212A}elly Zoë ZOË İsmail "
            + "Jean-Pierre O'Brien McDonald Nguyen Li Wei Thompson walked WALKED Kremlin Zorblax"
        var random = SeededRandom(seed: 5)
        for round in 0..<20 {
            let words = round == 0 ? text : (0..<30).map { _ in Self.randomWord(&random) }.joined(separator: " ")
            let tokens = Tokenizer.tokenize(words, base: 0, vocabulary: lexicon.vocabulary)
            for index in tokens.indices {
                let names = tokens[index].names, word = tokens.text(index)
                #expect(names.givenNameGender == lexicon.names.gender(ofGivenName: word), "\(word)")
                #expect(names.contains(.surname) == lexicon.names.isSurname(word), "\(word)")
                #expect(names.contains(.demonym) == lexicon.names.isDemonym(word), "\(word)")
                #expect(names.contains(.commonLower) == lexicon.commonWords.contains(tokens.lower(index)), "\(word)")
                #expect(names.contains(.commonLower) == lexicon.commonWords.contains(word.lowercased()), "\(word)")
            }
        }
    }

    @Test func anArticleThatStartedBeforeAnotherWasKeptKeepsNothing() {
        let cache = SpellingCache(Vocabulary(Lexicon.shared.words))
        let segment = { (text: String) in [TextSegment(range: 0..<text.unicodeScalars.count, text: text)] }
        let first = Tokenizer.tokenize(segment("Zorblax met Quintavius"), vocabulary: cache.current())
        let second = Tokenizer.tokenize(segment("Yelverton met Quintavius"), vocabulary: cache.current())
        cache.keep(first.added)
        cache.keep(second.added)   // its numbers would clash with the first's: not kept
        let after = Tokenizer.tokenize(segment("Yelverton met Zorblax and Quintavius"), vocabulary: cache.current())
        #expect(after.tokens[0].indices.map { after.tokens[0].text($0) } == ["Yelverton", "met", "Zorblax", "and", "Quintavius"])
        #expect(after.added.count == 2)   // "Yelverton" and its lower case
    }
}

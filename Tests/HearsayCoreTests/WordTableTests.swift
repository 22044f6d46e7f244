import Testing
@testable import HearsayCore

/// The word table answers exactly as the lists it was built from, for words in them and words not.
@Suite struct WordTableTests {
    static let lists: [(Set<String>, WordSet)] = [
        (WordLists.titleWords, .title), (WordLists.nonNameWords, .nonName), (SpeechVerbs.headlineVerbs, .headlineVerb),
        (WordLists.nameParticles, .nameParticle), (WordLists.organisationHeads, .organisationHead),
        (WordLists.organisationOfHeads, .organisationOfHead), (WordLists.organisationFirstWords, .organisationFirstWord),
        (WordLists.newsAgencies, .newsAgency), (SentenceSplitter.abbreviations, .abbreviation), (PlaceFinder.featureHeads, .featureHead),
        (PlaceFinder.featureLeads, .featureLead), (PlaceFinder.formalHeads, .formalHead), (SpeechVerbs.forms, .speechVerb),
        (SpeechVerbs.takesListener, .takesListener), (Attribution.adverbs, .adverb), (Attribution.listeners, .listener),
        (Attribution.auxiliaries, .auxiliary), (ReportedSpeechFinder.verbs, .reportingVerb), (PlaceFinder.locativeWords, .locative),
        (PlaceFinder.featureNouns, .featureNoun), (QuoteFilter.minorWords, .minorWord), (QuoteFilter.cueWords, .cueWord),
        (SpeakerResolver.sentenceOpeners, .sentenceOpener), (SpeakerResolver.nonVerbs, .nonVerb),
        (Roles.words, .roleWord), (SpeakerPhraseReader.determiners, .determiner),
        (SpeakerPhraseReader.subjectPronouns, .subjectPronoun), (SpeakerPhraseReader.indefinite, .indefinite),
        (["!", "?", "\u{2026}"], .terminalMark), (["."], .period), ([")", "]"], .closingBracket), (["("], .openingBracket),
    ]

    /// Every word of every list, and near misses of them (case, a letter more or less).
    static var probes: Set<String> {
        var words: Set<String> = ["", "a", "zzz", "Saïd", "ÉTAT", "\u{201C}"]
        for (list, _) in lists {
            for word in list { words.formUnion([word, word.uppercased(), word.lowercased(), String(word.dropLast()), word + "s"]) }
        }
        return words
    }

    @Test func tableAnswersAsTheLists() {
        let table = Lexicon.shared.words
        for word in Self.probes {
            let sets = table.sets(of: word)
            for (list, bit) in Self.lists {
                #expect(sets.contains(bit) == list.contains(word), "\(word) \(bit.rawValue)")
            }
        }
    }

    @Test func tokensCarryTheListsOfTheirTextAndItsLowerCase() {
        let text = "Sen. Smith SAID, “The Minister of State told REPORTERS in Reading,” according to Reuters's al-Abadi."
        let table = Lexicon.shared.words
        let tokens = Tokenizer.tokenize(text, base: 0, vocabulary: Vocabulary(table))
        for index in tokens.indices {
            #expect(tokens[index].written == table.sets(of: tokens.text(index)), "\(tokens.text(index))")
            #expect(tokens[index].folded == table.sets(of: tokens.lower(index)), "\(tokens.text(index))")
        }
        // As Strings compare: a KELVIN SIGN is a K, so "\u{212A}ing" is the title word "King".
        let king = Tokenizer.tokenize("\u{212A}ing \u{212A}ING", base: 0, vocabulary: Vocabulary(table))
        #expect(WordLists.titleWords.contains("\u{212A}ing"))
        #expect(king.first?.written.contains(.title) == true && king.last?.folded.contains(.title) == false)
        #expect(king.last?.written.contains(.title) == false)
        let said = Tokenizer.tokenize("SAID", base: 0, vocabulary: Vocabulary(table))
        #expect(said.first?.folded.contains(.speechVerb) == true && said.first?.written.contains(.speechVerb) == false)
    }
}

/// The tokenizer's fast scalar classes agree with Unicode's properties for every scalar.
@Suite struct ScalarClassTests {
    @Test func whitespaceIsUnicodeWhiteSpace() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(ScalarClass.isWhitespace(scalar) == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }

    @Test func lettersDigitsMarksAndCaseAreUnicodeProperties() {
        var disagreeing: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let properties = scalar.properties, category = properties.generalCategory
            let isMark = category == .nonspacingMark || category == .spacingMark || category == .enclosingMark
            if ScalarClass.isLetter(scalar) != properties.isAlphabetic
                || ScalarClass.isDigit(scalar) != (properties.numericType != nil)
                || ScalarClass.isUppercase(scalar) != (properties.isUppercase || category == .titlecaseLetter)
                || ScalarClass.isLowercase(scalar) != properties.isLowercase
                || ScalarClass.isWordScalar(scalar) != (properties.isAlphabetic || properties.numericType != nil || isMark) {
                disagreeing.append("U+" + String(value, radix: 16))
            }
        }
        #expect(disagreeing.isEmpty, "\(disagreeing.prefix(20))")
    }

    @Test func tokensAreLoweredAsStringsAre() {
        let latin1 = (0xC0...0xFF).compactMap(Unicode.Scalar.init).map(String.init).joined()
        let text = "Peña ÅNGSTRÖM \u{212A}elvin İSTANBUL ΟΔΟΣ Straße ǅemal ＡＢＣ DŽ \(latin1) \(latin1.uppercased())"
        let tokens = Tokenizer.tokenize(text, base: 0, vocabulary: .empty)
        for index in tokens.indices {
            let text = tokens.text(index)
            #expect(Array(tokens.lower(index).unicodeScalars) == Array(text.lowercased().unicodeScalars), "\(text)")
        }
    }

    @Test func decodingMatchesTheStringsScalars() {
        let text = "a\u{E9}\u{201C}\u{65E5}\u{1F600}b\u{2028}"
        let tokens = Tokenizer.tokenize(text, base: 0, vocabulary: .empty)
        #expect(tokens.indices.map { tokens.text($0) }.joined() == "a\u{E9}\u{201C}\u{65E5}\u{1F600}b")
        #expect(tokens.last?.span == Span(5, 6))
    }
}

import Testing
@testable import HearsayCore

/// The places pass's quick ways give what the plain ways give, on random texts that mix place names with the
/// spellings Strings compare loosely: accents precomposed and combining, KELVIN SIGN, capitals, marks.
@Suite struct PlaceFastPathTests {
    static let pieces = [
        "New", "York", "NEW", "YORK", "Rio", "de", "Janeiro", "West", "East", "Midwest", "WEST", "Bank", "The", "Hague",
        "the", "Washington", "DC", "D.C.", "D.C", ",", ".", "Zürich", "Zu\u{308}rich", "São", "Sa\u{303}o", "Paulo",
        "\u{212A}abul", "Kabul", "KABUL", "Reading", "Mount", "Kenya", "Sea", "Red", "in", "of", "US-led", "İstanbul",
        "Istanbul", "ß", "Tavildara", "TAVILDARA", "Lake", "Como", "'", "’s", "-", "West-", "东京", "Cote", "d'Ivoire",
        "Ho", "Chi", "Minh", "HO", "Saint", "St.", "Los", "Angeles", "LOS", "Nice", "\u{212A}enya", "Bay", "BAY",
    ]

    /// Random texts of `pieces`, tokenized with the shared vocabulary, `rounds` of them.
    static func forEachText(seed: UInt64, rounds: Int, _ body: (Tokens) -> Void) {
        var random = SeededRandom(seed: seed)
        for _ in 0..<rounds {
            let text = (0..<random.int(in: 1...30)).map { _ in random.pick(pieces) + (random.chance(80) ? " " : "") }.joined()
            body(Tokenizer.tokenize(text, base: random.int(in: 0...9), vocabulary: Lexicon.shared.vocabulary))
        }
    }

    @Test func aTokenEqualsALiteralWhereItsTextDoes() {
        let literals = ["West", "East", "Midwest", "DC", "D.C.", ",", "the", "Kabul"]
        Self.forEachText(seed: 17, rounds: 400) { tokens in
            for index in tokens.indices {
                for literal in literals {
                    #expect(tokens.textEquals(index, literal) == tokens.text(index).equals(literal), "\(tokens.text(index))")
                }
            }
        }
    }

    @Test func namesFoundFromAKeptFirstWordAreThoseFoundFromTheText() {
        let gazetteer = Lexicon.shared.gazetteer
        Self.forEachText(seed: 23, rounds: 400) { tokens in
            for index in tokens.indices {
                let plain = gazetteer.longestName(tokens, from: index)
                let kept = gazetteer.firstWordNumber(of: tokens.text(index))
                    .flatMap { gazetteer.longestName(tokens, from: index, firstWord: $0) }
                #expect(plain?.wordCount == kept?.wordCount && plain?.kind == kept?.kind
                        && plain?.population == kept?.population, "\(tokens.text(index))")
            }
        }
    }

    @Test func aSpellingsKeptFirstWordIsTheGazetteersAnswerForItsText() {
        let gazetteer = Lexicon.shared.gazetteer
        let cache = SpellingCache(Lexicon.shared.vocabulary)
        var random = SeededRandom(seed: 43)
        for _ in 0..<300 {
            // Spellings kept from text to text, as an annotator keeps them from article to article.
            let text = (0..<random.int(in: 1...30)).map { _ in random.pick(Self.pieces) + (random.chance(80) ? " " : "") }.joined()
            let (paragraphs, added) = Tokenizer.tokenize([TextSegment(range: 0..<text.unicodeScalars.count, text: text)],
                                                         vocabulary: cache.current())
            for tokens in paragraphs {
                for index in tokens.indices {
                    let direct = gazetteer.firstWordNumber(of: tokens.text(index)).map { Int32($0) } ?? WordFacts.beginsNoPlace
                    let kept = tokens.facts(index).placeFirstWord
                    #expect(kept == (tokens.facts(index).startsUpper ? direct : WordFacts.beginsNoPlace), "\(tokens.text(index))")
                    if tokens[index].isCapitalized { #expect(kept == direct, "\(tokens.text(index))") }
                }
            }
            cache.keep(added)
        }
    }

    @Test func aSpellingsKeptQuickBitIsThatOfItsBytesWhenTheyAreASCII() {
        Self.forEachText(seed: 31, rounds: 400) { tokens in
            for index in tokens.indices {
                let text = tokens.text(index), isASCII = text.utf8.allSatisfy { $0 < 0x80 }
                #expect(tokens.facts(index).asciiQuickBit == (isASCII ? UInt16(FoldedBytes(text).quickBit) : WordFacts.notASCII), "\(text)")
            }
        }
    }

    @Test func aWordRuledOutByItsQuickBitNamesNoKnownPlace() {
        var random = SeededRandom(seed: 47)
        Self.forEachText(seed: 53, rounds: 300) { tokens in
            let texts = (0..<random.int(in: 1...6)).map { _ in random.pick(Self.pieces) }
            var filter = PlaceNameFilter()
            texts.forEach { filter.add(text: $0) }
            var known = KnownPlaceNames(texts.map { Place(span: Span(0, 1), text: $0) }, filter: filter)
            for index in tokens.indices where !known.mayName(asciiQuickBit: tokens.facts(index).asciiQuickBit) {
                let text = tokens.text(index)
                #expect(known.name(of: text, lowerWord: tokens[index].lowerWord,
                                   isASCII: text.utf8.count == tokens[index].span.length) == nil, "\(text) in \(texts)")
            }
        }
    }

    @Test func aPlaceReadAsOneTokenIsNamedByEachWordSpeltSoInAnyCase() {
        var random = SeededRandom(seed: 59)
        Self.forEachText(seed: 61, rounds: 300) { tokens in
            let read = tokens.indices.filter { tokens[$0].isCapitalized && random.chance(30) }
            var filter = PlaceNameFilter()
            read.forEach { filter.add(token: $0, of: tokens) }
            let places = read.map { Place(span: tokens[$0].span, text: tokens.text($0)) }
            var known = KnownPlaceNames(places, filter: filter)
            for index in tokens.indices {
                let text = tokens.text(index), name = KnownPlaceNames.normalised(text)
                let expected = places.contains { KnownPlaceNames.normalised($0.text) == name } ? name : nil
                let found = known.mayName(asciiQuickBit: tokens.facts(index).asciiQuickBit)
                    ? known.name(of: text, lowerWord: tokens[index].lowerWord, isASCII: text.utf8.count == tokens[index].span.length)
                    : nil
                #expect(found == expected, "\(text) in \(places.map(\.text))")
            }
        }
    }

    @Test func foldedBytesSayWhatTheBytesSayInEitherCase() {
        var random = SeededRandom(seed: 37)
        let lowered = { (text: String) in String(decoding: text.utf8.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self) }
        for _ in 0..<3_000 {
            let text = (0..<random.int(in: 0...5)).map { _ in random.pick(Self.pieces) + (random.chance(20) ? " " : "") }.joined()
            let bytes = FoldedBytes(text)
            #expect(bytes.isASCII == text.utf8.allSatisfy { $0 < 0x80 }, "\(text)")
            #expect(bytes.hasSpace == text.utf8.contains(0x20), "\(text)")
            #expect(bytes.hash == FoldedBytes(lowered(text)).hash, "\(text)")
            #expect(bytes.hash & 1 == 1)
        }
        // Every byte in every place of a word, beside bytes that would carry if added to.
        for lane in 0..<8 {
            for value in 0..<256 {
                let byte = UInt8(value), shift = UInt64(8 * lane), others = ~(UInt64(0xFF) << shift)
                let folded = FoldedBytes.asciiLowered(UInt64(byte) << shift | others & 0xFFFF_FFFF_FFFF_FFFF)
                #expect(UInt8(truncatingIfNeeded: folded >> shift) == (byte &- 0x41 < 26 ? byte | 0x20 : byte))
                #expect(folded & others == others)
            }
        }
    }

    @Test func anOrganisationIsFoundAtItsFirstWordWhateverFollows() {
        let finder = PlaceFinder(lexicon: Lexicon.shared, people: PersonRegistry())
        let words = WordLists.organisations.flatMap { $0.split(separator: " ").map(String.init) } + Self.pieces
        var random = SeededRandom(seed: 59)
        for round in 0..<3_000 {
            // Every organisation on its own, then random phrases that often begin with one.
            let organisations = WordLists.organisations.sorted()
            let text = round < organisations.count ? organisations[round]
                : (0..<random.int(in: 1...5)).map { _ in random.chance(30) ? random.pick(organisations) : random.pick(words) }
                    .joined(separator: " ")
            let tokens = Tokenizer.tokenize(text, base: 0, vocabulary: Lexicon.shared.vocabulary)
            let plain = (1...min(4, tokens.count)).reversed().first { length in
                WordLists.organisations.contains((0..<length).map { tokens.text($0) }.joined(separator: " "))
            }
            #expect(finder.organisationLength(tokens, at: 0) == plain, "\(text)")
        }
    }

    @Test func noPhraseOfFourWordsIsAKnownOrganisation() {
        let words = WordLists.organisations.flatMap { $0.split(separator: " ").map(String.init) } + Self.pieces
        var random = SeededRandom(seed: 41)
        for _ in 0..<2_000 {
            let phrase = (0..<4).map { _ in random.pick(words) }.joined(separator: " ")
            #expect(!WordLists.organisations.contains(phrase), "\(phrase)")
        }
    }

    @Test func aOneTokenPlaceHasTheBytesOfItsJoinedText() {
        let finder = PlaceFinder(lexicon: Lexicon.shared, people: PersonRegistry())
        Self.forEachText(seed: 29, rounds: 200) { tokens in
            for index in tokens.indices {
                let place = finder.place(tokens, index..<(index + 1))
                #expect(Array(place.text.utf8) == Array(NameRunFinder.joined(tokens, index..<(index + 1)).utf8))
                #expect(place.span == tokens[index].span)
            }
        }
    }
}

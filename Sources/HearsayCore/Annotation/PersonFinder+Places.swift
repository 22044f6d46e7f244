/// The gazetteer questions the person finder asks of a name: whether it is, ends with, or begins a place.
extension PersonFinder {
    /// "West Bank", "Jewish West Bank": the run ends with a whole place name of two words or more.
    static func endsWithPlace(_ run: NameRun, _ tokens: Tokens, _ lexicon: Lexicon) -> Bool {
        guard let wordTokens = wordTokens(of: run, tokens) else {
            let words = run.words(in: tokens)
            return (0..<max(0, words.count - 1)).contains { start in
                lexicon.gazetteer.longestName(words, from: start).map { start + $0.wordCount == words.count } ?? false
            }
        }
        return (wordTokens.lowerBound..<max(wordTokens.lowerBound, wordTokens.upperBound - 1)).contains { start in
            lexicon.gazetteer.longestName(tokens, from: start, end: wordTokens.upperBound)
                .map { start + $0.wordCount == wordTokens.upperBound } ?? false
        }
    }

    /// Whether the run's name is one whole place name ("New York").
    static func isWholePlace(_ run: NameRun, _ tokens: Tokens, _ lexicon: Lexicon) -> Bool {
        // The name's first token is its first word: a place name begins with it.
        guard beginsPlace(tokens, run.name.lowerBound, lexicon) else { return false }
        guard let wordTokens = wordTokens(of: run, tokens) else {
            let words = run.words(in: tokens)
            return lexicon.gazetteer.longestName(words, from: 0)?.wordCount == words.count
        }
        return lexicon.gazetteer.longestName(tokens, from: wordTokens.lowerBound, end: wordTokens.upperBound)?.wordCount
            == wordTokens.count
    }

    /// The run's name tokens when every one is a word (its words are then those tokens), nil otherwise.
    private static func wordTokens(of run: NameRun, _ tokens: Tokens) -> Range<Int>? {
        run.name.allSatisfy { tokens[$0].kind == .word } ? run.name : nil
    }

    /// Whether a gazetteer name begins with token `index`'s text (`Gazetteer.hasNames(startingWith:)`): an
    /// upper-case spelling's facts tell (`WordFacts.placeFirstWord`, read from the lexicon's gazetteer), others
    /// are looked up.
    static func beginsPlace(_ tokens: Tokens, _ index: Int, _ lexicon: Lexicon) -> Bool {
        let facts = tokens.facts(index)
        guard facts.startsUpper else { return lexicon.gazetteer.hasNames(startingWith: tokens.text(index)) }
        return facts.placeFirstWord != WordFacts.beginsNoPlace
    }

    /// A country, region or large city: a surname-like word (token `index`) that is such a place is no evidence
    /// of a person.
    static func isMajorPlace(_ tokens: Tokens, _ index: Int, _ lexicon: Lexicon, cityPopulation: Int = 100_000) -> Bool {
        guard beginsPlace(tokens, index, lexicon), let name = lexicon.gazetteer.name(named: tokens.text(index)) else { return false }
        return name.kind != .city || name.population >= cityPopulation
    }
}

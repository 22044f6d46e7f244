/// Finds the people an article names before anything else, so that their names are never places.
enum PersonFinder {
    /// The people and organisations `paragraphs` name, and where.
    static func analyse(_ paragraphs: [AnalysedParagraph], lexicon: Lexicon) -> PersonAnalysis {
        // Every paragraph's runs in one array, a paragraph's at `runsOf[paragraph]`.
        var runs: [NameRun] = [], runsOf: [Range<Int>] = []
        runs.reserveCapacity(paragraphs.reduce(0) { $0 + $1.tokens.count / 8 })
        runsOf.reserveCapacity(paragraphs.count)
        for paragraph in paragraphs {
            let start = runs.count
            NameRunFinder.appendRuns(in: paragraph, to: &runs)
            runsOf.append(start..<runs.count)
        }
        var analysis = PersonAnalysis(paragraphs: paragraphs.count)
        var decided = [Bool](repeating: false, count: runs.count)
        // Pass 1: full names with evidence (a title, a known given name, a surname), in text order; headline last.
        let order = paragraphs.indices.filter { !paragraphs[$0].isHeadline } + paragraphs.indices.filter { paragraphs[$0].isHeadline }
        for paragraph in order.lazy.map({ paragraphs[$0] }) {
            for r in runsOf[paragraph.index] {
                let run = runs[r]
                switch classify(run, in: paragraph, lexicon: lexicon) {
                case .organisation:
                    analysis.organisationSpans[paragraph.index].append(spanOfRun(run, paragraph))
                    analysis.organisationRuns[paragraph.index].append(run)
                    decided[r] = true
                case .person(let gender):
                    let person = analysis.registry.register(words: run.words, text: run.text, span: run.span,
                                                            titles: run.titles, gender: gender)
                    analysis.addMention(PersonMention(run: run, person: person), in: paragraph.index)
                    decided[r] = true
                case .undecided: continue
                }
            }
        }
        // Pass 2: shorter mentions linked by key, and single names that speak ("Smith said").
        for paragraph in paragraphs {
            var mentions = analysis.mentions[paragraph.index]
            for r in runsOf[paragraph.index] where !decided[r] {
                if let person = linkOrCreate(runs[r], in: paragraph, lexicon: lexicon, registry: &analysis.registry) {
                    mentions.append(PersonMention(run: runs[r], person: person))
                }
            }
            mentions.sort { $0.run.tokens.lowerBound < $1.run.tokens.lowerBound }
            for mention in mentions {
                if let role = Appositive.role(after: mention.run.tokens.upperBound, in: paragraph.tokens) {
                    analysis.registry.noteRole(mention.person, role)
                }
            }
            analysis.setMentions(mentions, of: paragraph.index, tokenCount: paragraph.tokens.count)
        }
        return analysis
    }

    private enum Verdict {
        case person(Gender)
        case organisation
        case undecided
    }

    private static func classify(_ run: NameRun, in paragraph: AnalysedParagraph, lexicon: Lexicon) -> Verdict {
        let words = run.words, tokens = paragraph.tokens
        guard let first = words.first, let last = words.last else { return .undecided }
        // With a name, the run's first and last tokens are its first and last words (see `NameRun.name`).
        let firstToken = run.name.lowerBound, lastToken = run.name.upperBound - 1
        if isOrganisation(run, tokens), !isGivenAndSurname(words, lexicon), !endsWithPlace(words, lexicon) {
            return .organisation
        }
        if run.name.contains(where: { tokens[$0].kind == .word && tokens[$0].written.contains(.nonName) && tokens[$0].text != first }) {
            return .undecided
        }
        if run.hasTitle {
            let titleGender = run.titles.compactMap { WordLists.titleGender[$0] }.first
            return .person(titleGender ?? lexicon.givenNames[first] ?? .unknown)
        }
        if paragraph.isHeadline { return .undecided }
        guard words.count >= 2 else { return .undecided }
        if tokens[lastToken].written.contains(.featureHead) || tokens[firstToken].written.contains(.featureLead) { return .undecided }
        if lexicon.gazetteer.longestMatch(words, from: 0)?.words.count == words.count { return .undecided }
        if words.contains(where: { lexicon.demonyms.contains($0) }) { return .undecided }
        if let gender = lexicon.givenNames[first] { return .person(gender) }
        if run.name.contains(where: { tokens[$0].kind == .word && hasParticle(tokens[$0]) }) { return .person(.unknown) }
        // The first word is no given name (ruled out above), so it reads as a name by the other two tests.
        if lexicon.surnames.contains(first) || !lexicon.commonWords.contains(tokens[firstToken].lower),
           !lexicon.gazetteer.hasNames(startingWith: first) {
            if lexicon.surnames.contains(last), !isMajorPlace(last, lexicon) { return .person(.unknown) }
            if speaks(run, in: paragraph) || hasRoleAppositive(run, in: paragraph) { return .person(.unknown) }
        }
        if words.count >= 3, words.allSatisfy({ lexicon.isNameLike($0) && !isMajorPlace($0, lexicon, cityPopulation: 1_000_000) }) {
            return .person(.unknown)
        }
        return .undecided
    }

    /// "al-Abadi", "van": a word with a name particle or one itself.
    private static func hasParticle(_ token: Token) -> Bool {
        token.written.contains(.nameParticle) || token.hasHyphen && NameRunFinder.hasParticlePrefix(token.text)
    }

    /// "John Smith": a known given name and a known surname, nothing else.
    private static func isGivenAndSurname(_ words: [String], _ lexicon: Lexicon) -> Bool {
        words.count == 2 && lexicon.givenNames[words[0]] != nil && lexicon.surnames.contains(words[1])
    }

    private static func linkOrCreate(_ run: NameRun, in paragraph: AnalysedParagraph, lexicon: Lexicon,
                                     registry: inout PersonRegistry) -> Int? {
        let words = run.words
        guard !words.isEmpty, words.count > 1 || !paragraph.tokens[run.name.lowerBound].written.contains(.nonName) else { return nil }
        if let person = registry.match(words: words) {
            registry.addMention(person, span: run.span)
            return person
        }
        guard words.count == 1, !paragraph.isHeadline, speaks(run, in: paragraph) else { return nil }
        let word = words[0], lists = paragraph.tokens[run.name.lowerBound].written
        guard isNameLike(word, lower: paragraph.tokens[run.name.lowerBound].lower, lexicon) || run.hasTitle else { return nil }
        if lists.contains(.newsAgency) || lists.contains(.organisationFirstWord) && WordLists.organisations.contains(word)
            || lexicon.demonyms.contains(word) || lexicon.gazetteer.longestMatch(words, from: 0) != nil { return nil }
        return registry.register(words: words, text: run.text, span: run.span, titles: [], gender: lexicon.givenNames[word] ?? .unknown)
    }

    /// `Lexicon.isNameLike(word)`, with the word's lower case already made.
    private static func isNameLike(_ word: String, lower: String, _ lexicon: Lexicon) -> Bool {
        lexicon.givenNames[word] != nil || lexicon.surnames.contains(word) || !lexicon.commonWords.contains(lower)
    }

    /// A run that is the subject of a speech verb right after it ("Abadi told", "Cyril, the director, told"),
    /// or follows "said".
    static func speaks(_ run: NameRun, in paragraph: AnalysedParagraph) -> Bool {
        let tokens = paragraph.tokens
        var next = Appositive.end(after: run.tokens.upperBound, in: tokens)
        while next < tokens.count, tokens[next].kind == .word, tokens[next].folded.contains(.adverb) { next += 1 }
        if next < tokens.count, tokens[next].kind == .word, tokens[next].folded.contains(.speechVerb) { return true }
        let before = run.tokens.lowerBound - 1
        // "said Smith." names a speaker; "said Tavildara was calm" does not.
        let endsClause = next >= tokens.count || tokens[next].kind != .word
        return before >= 0 && tokens[before].kind == .word && endsClause && isSaid(tokens[before].lower)
            || before >= 1 && tokens[before].lower == "to" && tokens[before - 1].lower == "according"
    }

    private static func isSaid(_ word: String) -> Bool {
        word == "said" || word == "says" || word == "added"
    }

    /// "West Bank", "Jewish West Bank": the run ends with a whole place name of two words or more.
    private static func endsWithPlace(_ words: [String], _ lexicon: Lexicon) -> Bool {
        (0..<max(0, words.count - 1)).contains { start in
            lexicon.gazetteer.longestMatch(words, from: start).map { start + $0.words.count == words.count } ?? false
        }
    }

    /// A country, region or large city: a surname-like word that is such a place is no evidence of a person.
    private static func isMajorPlace(_ word: String, _ lexicon: Lexicon, cityPopulation: Int = 100_000) -> Bool {
        guard let entry = lexicon.gazetteer.longestMatch([word], from: 0) else { return false }
        return entry.kind != .city || entry.population >= cityPopulation
    }

    /// "Jo-Renee Formicola, political science professor at ...": a name followed by a role.
    private static func hasRoleAppositive(_ run: NameRun, in paragraph: AnalysedParagraph) -> Bool {
        let tokens = paragraph.tokens
        let next = run.tokens.upperBound
        guard next + 1 < tokens.count, tokens[next].text == "," else { return false }
        return Appositive.role(after: next, in: tokens) != nil || ["a", "an"].contains(tokens[next + 1].lower)
    }

    private static func isOrganisation(_ run: NameRun, _ tokens: [Token]) -> Bool {
        if mayBeOrganisation(tokens, run.tokens), WordLists.organisations.contains(NameRunFinder.joined(tokens, run.tokens)) { return true }
        if !run.name.isEmpty, mayBeOrganisation(tokens, run.name), WordLists.organisations.contains(run.text) { return true }
        return run.words.count >= 2 && !run.hasTitle && tokens[run.name.upperBound - 1].written.contains(.organisationHead)
    }

    /// Whether the text of `range` can be one of `WordLists.organisations`: its first word (up to a space) is the
    /// first word of one. When the first token has another attached ("U.S."), the set itself is asked.
    private static func mayBeOrganisation(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let first = range.lowerBound
        if first + 1 < range.upperBound, !tokens[first + 1].spaceBefore { return true }
        return tokens[first].written.contains(.organisationFirstWord)
    }

    private static func spanOfRun(_ run: NameRun, _ paragraph: AnalysedParagraph) -> Span {
        Span(paragraph.tokens[run.tokens.lowerBound].span.start, paragraph.tokens[run.tokens.upperBound - 1].span.end)
    }
}

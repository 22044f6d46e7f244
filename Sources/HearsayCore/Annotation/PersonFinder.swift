/// A mention of a registered person in a paragraph: the whole run (titles included) and the person.
struct PersonMention: Sendable {
    let run: NameRun
    let person: Int
}

/// What the person pass found: the registry, the mentions by paragraph, and organisation spans.
struct PersonAnalysis: Sendable {
    var registry: PersonRegistry
    var mentions: [[PersonMention]]
    /// Spans of organisation names, by paragraph.
    var organisationSpans: [[Span]]
    /// The organisation names themselves, by paragraph ("Human Rights Watch"): they can be speakers too.
    var organisationRuns: [[NameRun]]

    /// The mention whose run starts at token `index` of paragraph `paragraph`.
    func mention(startingAt index: Int, in paragraph: Int) -> PersonMention? {
        mentions[paragraph].first { $0.run.tokens.lowerBound == index }
    }

    /// The mention whose run ends just before token `index` (exclusive end).
    func mention(endingAt index: Int, in paragraph: Int) -> PersonMention? {
        mentions[paragraph].first { $0.run.tokens.upperBound == index }
    }
}

/// Finds the people an article names before anything else, so that their names are never places.
enum PersonFinder {
    static func analyse(_ paragraphs: [AnalysedParagraph], lexicon: Lexicon) -> PersonAnalysis {
        let runs = paragraphs.map { NameRunFinder.runs(in: $0, lexicon: lexicon) }
        var analysis = PersonAnalysis(registry: PersonRegistry(), mentions: paragraphs.map { _ in [] },
                                      organisationSpans: paragraphs.map { _ in [] },
                                      organisationRuns: paragraphs.map { _ in [] })
        var decided = paragraphs.map { _ in Set<Int>() }
        // Pass 1: full names with evidence (a title, a known given name, a surname), in text order; headline last.
        let order = paragraphs.indices.filter { !paragraphs[$0].isHeadline } + paragraphs.indices.filter { paragraphs[$0].isHeadline }
        for paragraph in order.lazy.map({ paragraphs[$0] }) {
            for (r, run) in runs[paragraph.index].enumerated() {
                switch classify(run, in: paragraph, lexicon: lexicon, registry: analysis.registry) {
                case .organisation:
                    analysis.organisationSpans[paragraph.index].append(spanOfRun(run, paragraph))
                    analysis.organisationRuns[paragraph.index].append(run)
                    decided[paragraph.index].insert(r)
                case .person(let gender):
                    let person = analysis.registry.register(words: run.words, text: run.text, span: run.span,
                                                            titles: run.titles, gender: gender)
                    analysis.mentions[paragraph.index].append(PersonMention(run: run, person: person))
                    decided[paragraph.index].insert(r)
                case .undecided: continue
                }
            }
        }
        // Pass 2: shorter mentions linked by key, and single names that speak ("Smith said").
        for paragraph in paragraphs {
            for (r, run) in runs[paragraph.index].enumerated() where !decided[paragraph.index].contains(r) {
                if let person = linkOrCreate(run, in: paragraph, lexicon: lexicon, registry: &analysis.registry) {
                    analysis.mentions[paragraph.index].append(PersonMention(run: run, person: person))
                }
            }
            analysis.mentions[paragraph.index].sort { $0.run.tokens.lowerBound < $1.run.tokens.lowerBound }
            for mention in analysis.mentions[paragraph.index] {
                if let role = Appositive.role(after: mention.run.tokens.upperBound, in: paragraph.tokens) {
                    analysis.registry.noteRole(mention.person, role)
                }
            }
        }
        return analysis
    }

    private enum Verdict {
        case person(Gender)
        case organisation
        case undecided
    }

    private static func classify(_ run: NameRun, in paragraph: AnalysedParagraph, lexicon: Lexicon,
                                 registry: PersonRegistry) -> Verdict {
        let words = run.words
        guard let first = words.first, let last = words.last else { return .undecided }
        let givenAndSurname = words.count == 2 && lexicon.givenNames[first] != nil && lexicon.surnames.contains(last)
        if !givenAndSurname, isOrganisation(run, paragraph), !endsWithPlace(words, lexicon) {
            return .organisation
        }
        if words.contains(where: { WordLists.nonNameWords.contains($0) && $0 != first }) { return .undecided }
        if run.hasTitle {
            let titleGender = run.titles.compactMap { WordLists.titleGender[$0] }.first
            return .person(titleGender ?? lexicon.givenNames[first] ?? .unknown)
        }
        if paragraph.isHeadline { return .undecided }
        guard words.count >= 2 else { return .undecided }
        if lexicon.gazetteer.longestMatch(words, from: 0)?.words.count == words.count { return .undecided }
        if PlaceFinder.featureHeads.contains(last) || PlaceFinder.featureLeads.contains(first) { return .undecided }
        if words.contains(where: { lexicon.demonyms.contains($0) }) { return .undecided }
        if let gender = lexicon.givenNames[first] { return .person(gender) }
        if words.contains(where: { NameRunFinder.hasParticlePrefix($0) || WordLists.nameParticles.contains($0) }) {
            return .person(.unknown)
        }
        let nameLike = lexicon.isNameLike(first) && !lexicon.gazetteer.hasNames(startingWith: first)
        if lexicon.surnames.contains(last), nameLike, !isMajorPlace(last, lexicon) { return .person(.unknown) }
        if nameLike, speaks(run, in: paragraph) || hasRoleAppositive(run, in: paragraph) { return .person(.unknown) }
        if words.count >= 3, words.allSatisfy({ lexicon.isNameLike($0) && !isMajorPlace($0, lexicon, cityPopulation: 1_000_000) }) {
            return .person(.unknown)
        }
        return .undecided
    }

    private static func linkOrCreate(_ run: NameRun, in paragraph: AnalysedParagraph, lexicon: Lexicon,
                                     registry: inout PersonRegistry) -> Int? {
        let words = run.words
        guard !words.isEmpty, !WordLists.nonNameWords.contains(words[0]) || words.count > 1 else { return nil }
        if let person = registry.match(words: words) {
            registry.addMention(person, span: run.span)
            return person
        }
        guard words.count == 1, !paragraph.isHeadline, speaks(run, in: paragraph) else { return nil }
        let word = words[0]
        guard lexicon.isNameLike(word) || run.hasTitle else { return nil }
        if lexicon.demonyms.contains(word) || lexicon.gazetteer.longestMatch(words, from: 0) != nil
            || WordLists.organisations.contains(word) || WordLists.newsAgencies.contains(word) { return nil }
        return registry.register(words: words, text: run.text, span: run.span, titles: [], gender: lexicon.givenNames[word] ?? .unknown)
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
        return before >= 0 && tokens[before].kind == .word && ["said", "says", "added"].contains(tokens[before].lower) && endsClause
            || before >= 1 && tokens[before].lower == "to" && tokens[before - 1].lower == "according"
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

    private static func isOrganisation(_ run: NameRun, _ paragraph: AnalysedParagraph) -> Bool {
        let whole = NameRunFinder.joined(paragraph.tokens, run.tokens)
        if WordLists.organisations.contains(whole) || WordLists.organisations.contains(run.text) { return true }
        if let last = run.words.last, WordLists.organisationHeads.contains(last), run.words.count >= 2, !run.hasTitle { return true }
        return false
    }

    private static func spanOfRun(_ run: NameRun, _ paragraph: AnalysedParagraph) -> Span {
        Span(paragraph.tokens[run.tokens.lowerBound].span.start, paragraph.tokens[run.tokens.upperBound - 1].span.end)
    }
}

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
        var decisions = [Decision](repeating: .open, count: runs.count)
        // Pass 1: full names with evidence (a title, a known given name, a surname), in text order; headline last.
        func decide(_ paragraph: AnalysedParagraph) {
            for r in runsOf[paragraph.index] {
                let run = runs[r]
                switch classify(run, in: paragraph, lexicon: lexicon) {
                case .organisation:
                    analysis.addOrganisation(run, span: spanOfRun(run, paragraph))
                    decisions[r] = .organisation
                case .person(let gender):
                    let tokens = paragraph.tokens
                    let words = run.words(in: tokens), text = run.text(in: tokens)
                    let full = run.isSpacedWords(in: tokens) ? text : PersonRegistry.fullName(words)
                    decisions[r] = .person(analysis.registry.register(words: words, fullName: full, text: text, span: run.span,
                                                                      roles: roles(of: run, tokens), gender: gender))
                case .undecided: continue
                }
            }
        }
        for paragraph in paragraphs where !paragraph.isHeadline { decide(paragraph) }
        for paragraph in paragraphs where paragraph.isHeadline { decide(paragraph) }
        // Pass 2: the mentions of pass 1, and shorter mentions linked by key and single names that speak ("Smith
        // said"), paragraph by paragraph in token order (a paragraph's runs are in it).
        for paragraph in paragraphs {
            // A run gives one mention at most: room for them all is made once, when the first is added.
            var mentions: [PersonMention] = []
            for r in runsOf[paragraph.index] {
                let person: Int?
                switch decisions[r] {
                case .open: person = linkOrCreate(runs[r], in: paragraph, lexicon: lexicon, registry: &analysis.registry)
                case .person(let found): person = found
                case .organisation: person = nil
                }
                guard let person else { continue }
                if mentions.isEmpty { mentions.reserveCapacity(runsOf[paragraph.index].count) }
                mentions.append(PersonMention(run: runs[r], person: person))
            }
            for mention in mentions {
                if let role = Appositive.role(after: mention.run.tokens.upperBound, in: paragraph.tokens) {
                    analysis.registry.noteRole(mention.person, role)
                }
            }
            analysis.appendMentions(mentions, tokenCount: paragraph.tokens.count)
        }
        return analysis
    }

    /// What pass 1 made of a run: nothing yet, an organisation, or a mention of a person.
    private enum Decision {
        case open
        case organisation
        case person(Int)
    }

    private enum Verdict {
        case person(Gender)
        case organisation
        case undecided
    }

    private static func classify(_ run: NameRun, in paragraph: AnalysedParagraph, lexicon: Lexicon) -> Verdict {
        let tokens = paragraph.tokens
        guard !run.name.isEmpty else { return .undecided }
        // The run's first and last name tokens are its first and last words (see `NameRun.name`).
        let firstToken = run.name.lowerBound, lastToken = run.name.upperBound - 1
        let wordCount = run.wordCount(in: tokens)
        if isOrganisation(run, tokens, wordCount: wordCount), !isGivenAndSurname(run, tokens, wordCount: wordCount, lexicon),
           !endsWithPlace(run, tokens, lexicon) {
            return .organisation
        }
        // Most runs are one word without a title ("The", "Smith"): nothing below makes them a person.
        if wordCount < 2, !run.hasTitle { return .undecided }
        let first = tokens.text(firstToken)
        if run.name.contains(where: { tokens[$0].kind == .word && tokens[$0].written.contains(.nonName) && tokens.text($0) != first }) {
            return .undecided
        }
        if run.hasTitle {
            return .person(titleGender(of: run, tokens) ?? tokens[firstToken].names.givenNameGender ?? .unknown)
        }
        // Below, the run has no title: a person found has no titles.
        if paragraph.isHeadline { return .undecided }
        guard wordCount >= 2 else { return .undecided }
        if tokens[lastToken].written.contains(.featureHead) || tokens[firstToken].written.contains(.featureLead) { return .undecided }
        if isWholePlace(run, tokens, lexicon) { return .undecided }
        if run.name.contains(where: { tokens[$0].kind == .word && tokens[$0].names.contains(.demonym) }) { return .undecided }
        if let gender = tokens[firstToken].names.givenNameGender { return .person(gender) }
        if run.name.contains(where: { tokens[$0].kind == .word && hasParticle(tokens, $0) }) { return .person(.unknown) }
        // The first word is no given name (ruled out above), so it reads as a name by the other two tests.
        if tokens[firstToken].names.contains(.surname) || !tokens[firstToken].names.contains(.commonLower),
           !beginsPlace(tokens, firstToken, lexicon) {
            if tokens[lastToken].names.contains(.surname), !isMajorPlace(tokens, lastToken, lexicon) { return .person(.unknown) }
            if speaks(run, in: paragraph) || hasRoleAppositive(run, in: paragraph) { return .person(.unknown) }
        }
        if wordCount >= 3, run.name.allSatisfy({ tokens[$0].kind != .word || isNameLikeAndNoMajorPlace(tokens, $0, lexicon) }) {
            return .person(.unknown)
        }
        return .undecided
    }

    /// `isNameLike` of token `index`, and no major place.
    private static func isNameLikeAndNoMajorPlace(_ tokens: Tokens, _ index: Int, _ lexicon: Lexicon) -> Bool {
        isNameLike(tokens[index].names)
            && !isMajorPlace(tokens, index, lexicon, cityPopulation: 1_000_000)
    }

    /// "al-Abadi", "van": a word with a name particle or one itself.
    private static func hasParticle(_ tokens: Tokens, _ index: Int) -> Bool {
        tokens[index].written.contains(.nameParticle) || tokens[index].hasHyphen && NameRunFinder.hasParticlePrefix(tokens.text(index))
    }

    /// "John Smith": a known given name and a known surname, nothing else.
    private static func isGivenAndSurname(_ run: NameRun, _ tokens: Tokens, wordCount: Int, _ lexicon: Lexicon) -> Bool {
        wordCount == 2 && tokens[run.name.lowerBound].names.givenNameGender != nil
            && tokens[run.name.upperBound - 1].names.contains(.surname)
    }

    private static func linkOrCreate(_ run: NameRun, in paragraph: AnalysedParagraph, lexicon: Lexicon,
                                     registry: inout PersonRegistry) -> Int? {
        let tokens = paragraph.tokens
        guard !run.name.isEmpty else { return nil }
        // The token is read in place, not copied: most runs are ruled out before its strings are needed.
        let first = run.name.lowerBound
        // The name's first and last tokens are words, so a name of one word is one token.
        let isOneWord = run.name.count == 1
        guard !isOneWord || !tokens[first].written.contains(.nonName) else { return nil }
        if let person = isOneWord ? registry.match(token: first, in: tokens) : registry.match(words: run.words(in: tokens)) {
            registry.addMention(person, span: run.span)
            return person
        }
        guard isOneWord, !paragraph.isHeadline else { return nil }
        // The token's bits rule out most words (sentence openers such as "But") before `speaks` reads around it.
        let lists = tokens[first].written, names = tokens[first].names
        guard isNameLike(names) || run.hasTitle, !lists.contains(.newsAgency), !names.contains(.demonym),
              speaks(run, in: paragraph) else { return nil }
        let word = tokens.text(first)
        if lists.contains(.organisationFirstWord) && WordLists.organisations.contains(word)
            || beginsPlace(tokens, first, lexicon) && lexicon.gazetteer.name(named: word) != nil { return nil }
        return registry.register(words: [word], text: run.text(in: tokens), span: run.span,
                                 gender: names.givenNameGender ?? .unknown)
    }

    /// Whether a word with name facts `names` reads as a name: a known given name or surname, or not an ordinary
    /// English word in lower case.
    private static func isNameLike(_ names: NameSet) -> Bool {
        names.givenNameGender != nil || names.contains(.surname) || !names.contains(.commonLower)
    }

    /// A run that is the subject of a speech verb right after it ("Abadi told", "Cyril, the director, told"),
    /// or follows "said".
    static func speaks(_ run: NameRun, in paragraph: AnalysedParagraph) -> Bool {
        let tokens = paragraph.tokens
        // An appositive opens with "(" or ",", always punctuation: after another token it is not looked for.
        let after = run.tokens.upperBound
        var next = after < tokens.count && tokens[after].kind == .punctuation ? Appositive.end(after: after, in: tokens) : after
        while next < tokens.count, tokens[next].kind == .word, tokens[next].folded.contains(.adverb) { next += 1 }
        if next < tokens.count, tokens[next].kind == .word, tokens[next].folded.contains(.speechVerb) { return true }
        let before = run.tokens.lowerBound - 1
        // "said Smith." names a speaker; "said Tavildara was calm" does not.
        let endsClause = next >= tokens.count || tokens[next].kind != .word
        return before >= 0 && tokens[before].kind == .word && endsClause && isSaid(tokens.lower(before))
            || before >= 1 && tokens[before].kind == .word && tokens.lower(before).equals("to")
                && tokens.lower(before - 1).equals("according")
    }

    private static func isSaid(_ word: String) -> Bool {
        word.equals("said") || word.equals("says") || word.equals("added")
    }

    /// "Jo-Renee Formicola, political science professor at ...": a name followed by a role.
    private static func hasRoleAppositive(_ run: NameRun, in paragraph: AnalysedParagraph) -> Bool {
        let tokens = paragraph.tokens
        let next = run.tokens.upperBound
        guard next + 1 < tokens.count, tokens.isComma(next) else { return false }
        return Appositive.role(after: next, in: tokens) != nil || ["a", "an"].contains(tokens.lower(next + 1))
    }

    private static func isOrganisation(_ run: NameRun, _ tokens: Tokens, wordCount: Int) -> Bool {
        if mayBeOrganisation(tokens, run.tokens), WordLists.organisations.contains(NameRunFinder.joined(tokens, run.tokens)) { return true }
        if !run.name.isEmpty, mayBeOrganisation(tokens, run.name), WordLists.organisations.contains(run.text(in: tokens)) { return true }
        return wordCount >= 2 && !run.hasTitle && tokens[run.name.upperBound - 1].written.contains(.organisationHead)
    }

    /// Whether the text of `range` can be one of `WordLists.organisations`: its first word (up to a space) is the
    /// first word of one. When the first token has another attached ("U.S."), the set itself is asked.
    private static func mayBeOrganisation(_ tokens: Tokens, _ range: Range<Int>) -> Bool {
        let first = range.lowerBound
        if first + 1 < range.upperBound, !tokens[first + 1].spaceBefore { return true }
        return tokens[first].written.contains(.organisationFirstWord)
    }

    private static func spanOfRun(_ run: NameRun, _ paragraph: AnalysedParagraph) -> Span {
        Span(paragraph.tokens[run.tokens.lowerBound].span.start, paragraph.tokens[run.tokens.upperBound - 1].span.end)
    }
}

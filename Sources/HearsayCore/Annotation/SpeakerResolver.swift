/// Resolves speaker references to people: pronouns to the nearest compatible subject or speaker,
/// descriptions by role.
struct SpeakerResolver {
    let paragraphs: [AnalysedParagraph]
    let persons: PersonAnalysis
    private(set) var registry: PersonRegistry
    /// People who spoke (quoted or reported), in text order, with where they spoke.
    private(set) var speechEvents: [(person: Int, paragraph: Int, offset: Int)] = []

    init(paragraphs: [AnalysedParagraph], persons: PersonAnalysis) {
        self.paragraphs = paragraphs
        self.persons = persons
        registry = persons.registry
    }

    /// How many paragraphs back a pronoun may reach for its antecedent.
    static let pronounReach = 3

    /// The person `reference` names at `offset` in paragraph `paragraph`, if it can be told.
    mutating func resolve(_ reference: SpeakerReference, at offset: Int, paragraph: Int) -> Int? {
        switch reference {
        case .person(let person): return person
        case .unnamed: return nil
        case .organisation(let name, let span):
            return registry.register(words: name.split(separator: " ").map(String.init), text: name, span: span,
                                     gender: .unknown, isOrganisation: true)
        case .description(let role):
            guard !role.isEmpty else { return nil }
            // "the Vermont senator": the person with that role; failing that, the one who has just been speaking.
            return registry.mostRecent(withRole: role, before: paragraph == 0 ? Int.max : offset)
                ?? recentSpeaker(.unknown, paragraph: paragraph, reach: Self.descriptionReach)
        case .pronoun(let gender, let position):
            let before = min(offset, position)
            let person = antecedent(of: gender, before: before, paragraph: paragraph) ?? recentSpeaker(gender, paragraph: paragraph)
                ?? lastMentioned(ofKnown: gender, before: before, paragraph: paragraph)
            if let person { registry.noteGender(person, gender) }
            return person
        }
    }

    /// How far back a description without a matching role looks for the person speaking.
    static let descriptionReach = 1

    /// The last speaker of that gender within reach, scanning back from the end.
    private func recentSpeaker(_ gender: Gender, paragraph: Int, reach: Int = pronounReach) -> Int? {
        for event in speechEvents.reversed() {
            if paragraph - event.paragraph > reach { return nil }
            if compatible(event.person, gender) { return event.person }
        }
        return nil
    }

    /// The person of exactly that (known) gender mentioned last before `offset`, within reach.
    private func lastMentioned(ofKnown gender: Gender, before offset: Int, paragraph: Int) -> Int? {
        for index in stride(from: paragraph, through: max(0, paragraph - Self.pronounReach), by: -1) {
            let found = persons.mentions[index].last { mention in
                mention.run.span.start < offset && registry.people[mention.person].gender == gender
                    && !registry.people[mention.person].isOrganisation
            }
            if let found { return found.person }
        }
        return nil
    }

    /// Records that `person` spoke at `offset` in `paragraph`, which is no paragraph before those recorded so far.
    mutating func noteSpoke(_ person: Int, paragraph: Int, offset: Int) {
        // Room at the first event for one a paragraph: few articles have more, and the array then never grows.
        if speechEvents.isEmpty { speechEvents.reserveCapacity(paragraphs.count) }
        speechEvents.append((person, paragraph, offset))
    }

    /// The last speaker recorded in `paragraph`, if any.
    func lastSpeaker(in paragraph: Int) -> Int? {
        events(of: paragraph).last?.person
    }

    /// The events of `paragraph`: noted paragraph by paragraph, they lie together, found from the end (the walks
    /// look a few paragraphs back at most), with no list kept for each paragraph.
    private func events(of paragraph: Int) -> ArraySlice<(person: Int, paragraph: Int, offset: Int)> {
        var end = speechEvents.count
        while end > 0, speechEvents[end - 1].paragraph > paragraph { end -= 1 }
        var start = end
        while start > 0, speechEvents[start - 1].paragraph == paragraph { start -= 1 }
        return speechEvents[start..<end]
    }

    private func compatible(_ person: Int, _ gender: Gender) -> Bool {
        !registry.people[person].isOrganisation && registry.people[person].gender.admits(gender)
    }

    /// Walks back sentence by sentence: the first compatible subject (or speaker) found is the antecedent;
    /// in the two nearest sentences any compatible person will do when no subject is.
    private func antecedent(of gender: Gender, before offset: Int, paragraph: Int) -> Int? {
        var visited = 0
        for index in stride(from: paragraph, through: max(1, paragraph - Self.pronounReach), by: -1) {
            let analysed = paragraphs[index]
            for sentence in analysed.sentences.reversed() {
                guard let first = sentence.first, analysed.tokens[first].span.start < offset else { continue }
                let end = analysed.tokens[sentence.upperBound - 1].span.end
                let spoken = events(of: index).filter { $0.offset < offset
                    && $0.offset >= analysed.tokens[first].span.start && $0.offset < end }.map(\.person)
                let mentions = persons.mentions[index].filter { sentence.contains($0.run.tokens.lowerBound) && $0.run.span.start < offset }
                let subjects = spoken + mentions.filter { isSubject($0, in: analysed, sentence: sentence) }.map(\.person)
                if let found = subjects.first(where: { compatible($0, gender) }) { return found }
                if visited < 2, let near = mentions.last(where: { compatible($0.person, gender) && !isPossessive($0, in: analysed) }) {
                    return near.person
                }
                visited += 1
            }
        }
        return nil
    }

    /// A mention at the start of its sentence, or followed by a verb-like word (after an appositive),
    /// or after "according to"; never one that only modifies a name after it ("Clinton aide Jo Smith").
    private func isSubject(_ mention: PersonMention, in paragraph: AnalysedParagraph, sentence: Range<Int>) -> Bool {
        let tokens = paragraph.tokens
        if modifiesLaterName(mention, in: paragraph) { return false }
        var start = sentence.lowerBound
        while start < mention.run.tokens.lowerBound, tokens[start].kind != .word || tokens[start].folded.contains(.sentenceOpener) {
            start += 1
        }
        if start == mention.run.tokens.lowerBound { return true }
        let before = mention.run.tokens.lowerBound
        if before >= 2, tokens.isLower(before - 1, "to", in: .nonVerb), tokens.lower(before - 2) == "according" { return true }
        var next = mention.run.tokens.upperBound
        if next < tokens.count, tokens.isComma(next) {
            if next + 1 < tokens.count, isVerbLike(tokens[next + 1]) { return true }
            guard let close = (next + 1..<min(tokens.count, next + 24)).first(where: { tokens.isComma($0) }) else { return false }
            next = close + 1
        }
        return next < tokens.count && isVerbLike(tokens[next])
    }

    private func isPossessive(_ mention: PersonMention, in paragraph: AnalysedParagraph) -> Bool {
        let next = mention.run.tokens.upperBound
        return next < paragraph.tokens.count && paragraph.tokens[next].kind == .possessive
    }

    private func isVerbLike(_ token: Token) -> Bool {
        token.kind == .word && !token.isCapitalized && !token.folded.contains(.nonVerb)
    }

    /// "Clinton communication director Jennifer Palmieri", "Clinton's campaign manager Robby Mook":
    /// a name followed, within a few words, by another name.
    private func modifiesLaterName(_ mention: PersonMention, in paragraph: AnalysedParagraph) -> Bool {
        let tokens = paragraph.tokens
        var cursor = mention.run.tokens.upperBound
        let limit = min(tokens.count, cursor + SpeakerPhraseReader.modifierLimit)
        while cursor < limit, tokens[cursor].kind == .word || tokens[cursor].kind == .possessive {
            if cursor > mention.run.tokens.upperBound, persons.mention(startingAt: cursor, in: paragraph.index) != nil {
                return tokens[cursor - 1].kind == .possessive || Roles.canonical(tokens.text(cursor - 1)) != nil
            }
            if tokens[cursor].kind == .word, tokens[cursor].folded.contains(.speechVerb) { return false }
            cursor += 1
        }
        return false
    }

    /// Words skipped at a sentence start before its subject.
    static let sentenceOpeners: Set<String> = ["but", "and", "so", "yet", "still", "then", "now", "meanwhile", "however", "also", "later"]

    /// Lower-case words after a name that show it is not the subject of a verb.
    static let nonVerbs: Set<String> = [
        "and", "or", "of", "in", "on", "at", "to", "for", "with", "from", "by", "as", "than", "the", "a", "an",
        "that", "which", "who", "whose", "administration", "campaign", "supporters", "aides", "family", "era",
    ]
}

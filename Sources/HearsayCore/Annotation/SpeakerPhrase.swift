/// Who a cue names as the speaker, before resolution to a person.
enum SpeakerReference: Sendable {
    /// A registered person.
    case person(Int)
    /// "he" or "she" (and where it stands), to resolve to the nearest compatible person before it.
    case pronoun(Gender, at: Int)
    /// "the minister", "a spokesman for the ministry": resolve by role.
    case description(role: String)
    /// "they", "it", "I": a cue without a speaker to name.
    case unnamed
    /// An organisation that speaks: "Human Rights Watch said".
    case organisation(name: String, span: Span)
}

/// Reads a speaker phrase forwards from a token, or backwards from before a token.
struct SpeakerPhraseReader {
    let paragraph: AnalysedParagraph
    private let shared: SharedPersons

    /// A reader of `paragraph`'s phrases, naming people from the article's shared analysis.
    init(paragraph: AnalysedParagraph, persons: SharedPersons) {
        self.paragraph = paragraph
        shared = persons
    }

    /// The person analysis of the article.
    var persons: PersonAnalysis { shared.analysis }

    private var tokens: Tokens { paragraph.tokens }

    /// The phrase starting at `index` and the index after it: a name (with an appositive), a pronoun, a description.
    func forward(from index: Int) -> (SpeakerReference, Int)? {
        guard index < tokens.count, tokens[index].kind == .word || tokens[index].kind == .number else { return nil }
        if tokens[index].folded.contains(.subjectPronoun) {
            let word = tokens.lower(index)
            if let gender = Gender.ofPronoun(word), ["he", "she"].contains(word) {
                return (.pronoun(gender, at: tokens[index].span.start), index + 1)
            }
            return (.unnamed, index + 1)   // "they", "it", "we", "i", "you", "who"
        }
        if let mention = persons.mention(startingAt: index, in: paragraph.index) {
            let end = mention.run.tokens.upperBound
            if end < tokens.count, tokens[end].kind == .possessive {
                // "Hillary Clinton's campaign manager Robby Mook": the owner is not the speaker.
                if let owned = mentionAfterModifiers(from: end + 1, limit: Self.modifierLimit) {
                    return (.person(owned.person), skipAppositive(from: owned.run.tokens.upperBound))
                }
                if let (_, stop) = description(from: index) { return (.description(role: ""), stop) }
            }
            return (.person(mention.person), skipAppositive(from: end))
        }
        if let (role, end) = description(from: index) {
            if let mention = mentionAfterModifiers(from: end, limit: 2) {
                return (.person(mention.person), skipAppositive(from: mention.run.tokens.upperBound))
            }
            return (.description(role: role), end)
        }
        if let mention = mentionAfterModifiers(from: index, limit: Self.modifierLimit) {
            return (.person(mention.person), skipAppositive(from: mention.run.tokens.upperBound))
        }
        let start = tokens[index].folded.contains(.determiner) && tokens.lower(index) == "the" ? index + 1 : index
        if let run = persons.organisationRun(in: paragraph.index, where: { $0.tokens.lowerBound == start }) {
            return (organisation(run), skipAppositive(from: run.tokens.upperBound))
        }
        return nil
    }

    /// The whole run of an organisation's name as a speaker.
    private func organisation(_ run: NameRun) -> SpeakerReference {
        .organisation(name: NameRunFinder.joined(tokens, run.tokens),
                      span: Span(tokens[run.tokens.lowerBound].span.start, tokens[run.tokens.upperBound - 1].span.end))
    }

    /// The phrases that may start at `index`, nearest first: the phrase itself, then names further on
    /// behind modifiers ("Clinton campaign spokesman Brian Fallon": Clinton, then Brian Fallon).
    func candidates(from index: Int) -> [(SpeakerReference, Int)] {
        var found: [(SpeakerReference, Int)] = []
        if let first = forward(from: index) { found.append(first) }
        var cursor = index + 1
        while cursor < min(tokens.count, index + Self.modifierLimit + 1) {
            let token = tokens[cursor]
            guard token.kind == .word || token.kind == .number || token.kind == .possessive || tokens.isUnlistedMark(cursor, "/") else { break }
            if token.kind == .word, token.written.contains(.speechVerb) { break }
            if let mention = persons.mention(startingAt: cursor, in: paragraph.index) {
                found.append((.person(mention.person), skipAppositive(from: mention.run.tokens.upperBound)))
            }
            cursor += 1
        }
        return found
    }

    /// How many words may stand before a name in a speaker phrase: "Clinton campaign spokesman Brian Fallon".
    static let modifierLimit = 6

    /// A person mention reached over a few modifier words ("retired Air Force general", "9/11 widow").
    private func mentionAfterModifiers(from index: Int, limit: Int) -> PersonMention? {
        var cursor = index
        while cursor < min(tokens.count, index + limit + 1) {
            if let mention = persons.mention(startingAt: cursor, in: paragraph.index) { return mention }
            let token = tokens[cursor]
            if token.kind == .word, token.written.contains(.speechVerb) || isClauseWord(cursor) { return nil }
            guard token.kind == .word || token.kind == .number || token.kind == .possessive || tokens.isUnlistedMark(cursor, "/") else { return nil }
            cursor += 1
        }
        return nil
    }

    /// "and", "or", "but", "that", "to" as written: words that end a run of modifiers. All five are in one of
    /// three lists a bit test asks first (minor words, non-verbs, sentence openers).
    private func isClauseWord(_ index: Int) -> Bool {
        !tokens[index].written.isDisjoint(with: [.minorWord, .nonVerb, .sentenceOpener])
            && ["and", "or", "but", "that", "to"].contains(tokens.text(index))
    }

    /// The phrase that ends right before `index` (its subject position), skipping an appositive ", the X,".
    func backward(before index: Int) -> SpeakerReference? {
        var end = index
        while end > 0, tokens[end - 1].kind == .word, tokens[end - 1].folded.contains(.auxiliary) { end -= 1 }
        if end >= 2, tokens[end - 1].kind == .number, ["in", "on", "since", "by"].contains(tokens.lower(end - 2)) { end -= 2 }
        if end > 0, tokens.isClosingParenthesis(end - 1), let open = (max(0, end - Appositive.limit)..<(end - 1)).last(where: { tokens.isOpeningParenthesis($0) }) {
            end = open   // "Eleni Papadaki (Ελένη Παπαδάκη) said"
        }
        if end > 0, tokens[end - 1].kind == .dash,
           let open = (max(0, end - Appositive.limit)..<(end - 1)).last(where: { tokens[$0].kind == .dash }) {
            if let mention = persons.mention(endingAt: open, in: paragraph.index) { return .person(mention.person) }
            if let comma = (max(0, open - Appositive.limit)..<open).last(where: { tokens.isComma($0) }),
               let mention = persons.mention(endingAt: comma, in: paragraph.index) {
                return .person(mention.person)
            }
        }
        guard end > 0 else { return nil }
        let last = tokens[end - 1]
        if last.kind == .word, last.folded.contains(.subjectPronoun) {
            let lower = tokens.lower(end - 1)
            if let gender = Gender.ofPronoun(lower), ["he", "she"].contains(lower) {
                return .pronoun(gender, at: last.span.start)
            }
            return lower == "who" ? whoAntecedent(before: end - 1) : .unnamed   // "they", "it", "we", "i", "you"
        }
        if let mention = persons.mention(endingAt: end, in: paragraph.index) { return .person(mention.person) }
        if tokens.isComma(end - 1), let opening = appositiveStart(endingAt: end - 1),
           let mention = persons.mention(endingAt: opening, in: paragraph.index) {
            return .person(mention.person)
        }
        if let role = descriptionEnding(at: end) { return .description(role: role) }
        if let run = persons.organisationRun(in: paragraph.index, where: { $0.tokens.upperBound == end }) {
            return organisation(run)
        }
        return nil
    }

    /// "X, who ... said": the person before the relative clause.
    private func whoAntecedent(before index: Int) -> SpeakerReference? {
        var end = index
        if end > 0, tokens.isComma(end - 1) { end -= 1 }
        return persons.mention(endingAt: end, in: paragraph.index).map { .person($0.person) }
    }

    private func skipAppositive(from index: Int) -> Int { Appositive.end(after: index, in: tokens) }

    /// The index of the comma that opens an appositive closing at the comma `close`.
    private func appositiveStart(endingAt close: Int) -> Int? {
        var index = close - 1
        let limit = max(0, close - Appositive.limit)
        while index >= limit {
            if tokens.isComma(index) { return index }
            if Appositive.isOuterMark(tokens, index) || tokens.isPeriod(index) { return nil }
            index -= 1
        }
        return nil
    }

    /// "the minister", "a spokesman for the ministry", "Iraq's prime minister" from `index`: its role word and end.
    /// An indefinite description ("a spokesman", "one diplomat") names nobody in particular: its role is "".
    private func description(from index: Int) -> (String, Int)? {
        var cursor = index
        if tokens[cursor].folded.contains(.determiner) {   // `determiners` holds its lower case
            cursor += 1
        } else if cursor + 1 < tokens.count, tokens[cursor + 1].kind == .possessive {
            cursor += 2
        } else {
            return nil
        }
        var role: String?
        let limit = min(tokens.count, index + 8)
        while cursor < limit, tokens[cursor].kind == .word || tokens[cursor].kind == .possessive {
            if tokens[cursor].folded.contains(.speechVerb), role != nil { break }
            if let canonical = Roles.canonical(tokens, cursor) { role = canonical }
            cursor += 1
        }
        guard let found = role else { return nil }
        return (tokens[index].folded.contains(.indefinite) ? "" : found, cursor)
    }

    /// Words that open a description: "the minister", "his spokesman".
    static let determiners: Set<String> = ["the", "a", "an", "another", "one", "his", "her", "their", "its"]

    /// Pronouns that stand as a speaker: "he said", "said she", "they said", "who said".
    static let subjectPronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "you", "who"]

    /// Determiners of a description that points at nobody known: "a spokesman", "one diplomat".
    static let indefinite: Set<String> = ["a", "an", "another", "one"]

    /// A description that ends right before `end`: a role noun preceded, within a few words, by a determiner.
    private func descriptionEnding(at end: Int) -> String? {
        var index = end - 1
        let limit = max(0, end - 8)
        var role: String?
        while index >= limit, tokens[index].kind == .word || tokens[index].kind == .possessive {
            if role == nil, let canonical = Roles.canonical(tokens, index) { role = canonical }
            // "the", "a", "an", "another", "one" open it ("his spokesman" does not, read backwards).
            if tokens[index].folded.contains(.indefinite) { return role.map { _ in "" } }
            if tokens[index].folded.contains(.determiner), tokens.lower(index) == "the" { return role }
            index -= 1
        }
        return nil
    }
}

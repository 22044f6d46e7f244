/// Who a cue names as the speaker, before resolution to a person.
enum SpeakerReference: Sendable {
    /// A registered person.
    case person(Int)
    /// "he" or "she", to resolve to the last compatible speaker.
    case pronoun(Gender)
    /// "the minister", "a spokesman for the ministry": resolve by role.
    case description(role: String)
    /// "they", "it", "I": a cue without a speaker to name.
    case unnamed
}

/// Reads a speaker phrase forwards from a token, or backwards from before a token.
struct SpeakerPhraseReader {
    let paragraph: AnalysedParagraph
    let persons: PersonAnalysis

    private var tokens: [Token] { paragraph.tokens }

    /// The phrase starting at `index` and the index after it: a name (with an appositive), a pronoun, a description.
    func forward(from index: Int) -> (SpeakerReference, Int)? {
        guard index < tokens.count, tokens[index].kind == .word || tokens[index].kind == .number else { return nil }
        let word = tokens[index].lower
        if let gender = Gender.ofPronoun(word), ["he", "she"].contains(word) { return (.pronoun(gender), index + 1) }
        if ["they", "it", "we", "i", "you", "who"].contains(word) { return (.unnamed, index + 1) }
        if let mention = persons.mention(startingAt: index, in: paragraph.index) {
            return (.person(mention.person), skipAppositive(from: mention.run.tokens.upperBound))
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
        return nil
    }

    /// How many words may stand before a name in a speaker phrase: "Clinton campaign spokesman Brian Fallon".
    static let modifierLimit = 6

    /// A person mention reached over a few modifier words ("retired Air Force general", "9/11 widow").
    private func mentionAfterModifiers(from index: Int, limit: Int) -> PersonMention? {
        var cursor = index
        while cursor < min(tokens.count, index + limit + 1) {
            if let mention = persons.mention(startingAt: cursor, in: paragraph.index) { return mention }
            let token = tokens[cursor]
            if token.kind == .word, SpeechVerbs.forms.contains(token.text) || ["and", "or", "but", "that", "to"].contains(token.text) { return nil }
            guard token.kind == .word || token.kind == .number || token.kind == .possessive || token.text == "/" else { return nil }
            cursor += 1
        }
        return nil
    }

    /// The phrase that ends right before `index` (its subject position), skipping an appositive ", the X,".
    func backward(before index: Int) -> SpeakerReference? {
        var end = index
        while end > 0, tokens[end - 1].kind == .word, Attribution.auxiliaries.contains(tokens[end - 1].lower) { end -= 1 }
        guard end > 0 else { return nil }
        let last = tokens[end - 1]
        if last.kind == .word, let gender = Gender.ofPronoun(last.lower), ["he", "she"].contains(last.lower) { return .pronoun(gender) }
        if last.kind == .word, ["they", "it", "we", "i", "you", "who"].contains(last.lower) {
            return last.lower == "who" ? whoAntecedent(before: end - 1) : .unnamed
        }
        if let mention = persons.mention(endingAt: end, in: paragraph.index) { return .person(mention.person) }
        if last.text == ",", let opening = appositiveStart(endingAt: end - 1),
           let mention = persons.mention(endingAt: opening, in: paragraph.index) {
            return .person(mention.person)
        }
        if let role = descriptionEnding(at: end) { return .description(role: role) }
        return nil
    }

    /// "X, who ... said": the person before the relative clause.
    private func whoAntecedent(before index: Int) -> SpeakerReference? {
        var end = index
        if end > 0, tokens[end - 1].text == "," { end -= 1 }
        return persons.mention(endingAt: end, in: paragraph.index).map { .person($0.person) }
    }

    /// After a name, ", a Kremlin spokesman,", ", 82,", ", R-Ky.," or "(R-Utah)": the index after it.
    private func skipAppositive(from index: Int) -> Int {
        guard index < tokens.count else { return index }
        if tokens[index].text == "(" {
            guard let close = (index..<min(tokens.count, index + Self.appositiveLimit)).first(where: { tokens[$0].text == ")" })
            else { return index }
            return skipAppositive(from: close + 1)
        }
        guard tokens[index].text == "," else { return index }
        var end = index + 1
        let limit = min(tokens.count, index + Self.appositiveLimit)
        while end < limit, tokens[end].text != ",", !isOuterMark(tokens[end]), tokens[end].text != "." {
            if tokens[end].kind == .word, SpeechVerbs.forms.contains(tokens[end].lower), end > index + 2,
               !["who", "which", "whose"].contains(tokens[index + 1].lower) { return end }
            end += 1
        }
        return end < tokens.count && tokens[end].text == "," ? end + 1 : end
    }

    /// The longest appositive or parenthesis skipped between a name and its verb, in tokens.
    static let appositiveLimit = 32

    /// A double quotation mark: it ends an appositive, where an apostrophe-like single mark does not.
    private func isOuterMark(_ token: Token) -> Bool {
        guard token.kind == .quoteMark, let first = token.text.unicodeScalars.first else { return false }
        return CharacterClass.doubleMarks.contains(first) || token.text.unicodeScalars.count == 2
    }

    /// The index of the comma that opens an appositive closing at the comma `close`.
    private func appositiveStart(endingAt close: Int) -> Int? {
        var index = close - 1
        let limit = max(0, close - Self.appositiveLimit)
        while index >= limit {
            if tokens[index].text == "," { return index }
            if isOuterMark(tokens[index]) || tokens[index].text == "." { return nil }
            index -= 1
        }
        return nil
    }

    /// "the minister", "a spokesman for the ministry", "Iraq's prime minister" from `index`: its role word and end.
    private func description(from index: Int) -> (String, Int)? {
        let determiners: Set<String> = ["the", "a", "an", "another", "one", "his", "her", "their", "its"]
        var cursor = index
        if determiners.contains(tokens[cursor].lower) {
            cursor += 1
        } else if cursor + 1 < tokens.count, tokens[cursor + 1].kind == .possessive {
            cursor += 2
        } else {
            return nil
        }
        var role: String?
        let limit = min(tokens.count, index + 8)
        while cursor < limit, tokens[cursor].kind == .word || tokens[cursor].kind == .possessive {
            let word = tokens[cursor].lower
            if SpeechVerbs.forms.contains(word), role != nil { break }
            if WordLists.roleNouns.contains(word) || WordLists.roleNouns.contains(word.trimmingSuffix("s")) { role = word }
            cursor += 1
        }
        guard let found = role else { return nil }
        return (found, cursor)
    }

    /// A description that ends right before `end`: a role noun preceded, within a few words, by a determiner.
    private func descriptionEnding(at end: Int) -> String? {
        var index = end - 1
        let limit = max(0, end - 8)
        var role: String?
        while index >= limit, tokens[index].kind == .word || tokens[index].kind == .possessive {
            let word = tokens[index].lower
            if role == nil, WordLists.roleNouns.contains(word) { role = word }
            if ["the", "a", "an", "another"].contains(word) { return role }
            index -= 1
        }
        return nil
    }
}

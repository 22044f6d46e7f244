/// Finds the cue that attributes a quote in its paragraph: `"Q," S said`, `said S`, `S said: "Q"`,
/// `S called it "Q"`, `according to S`, `"Q" — S`.
struct Attribution {
    /// The reader of the paragraph's speaker phrases, which holds the paragraph and the person analysis.
    let reader: SpeakerPhraseReader
    /// Token ranges of every quote in the paragraph (marks included), so cues are not sought inside them.
    let quoteRanges: QuoteTokenRanges

    /// Words that may stand between a subject and its verb: "Abadi also said", "he has said".
    static let adverbs: Set<String> = [
        "also", "later", "then", "once", "again", "previously", "earlier", "recently", "repeatedly", "often",
        "further", "finally", "simply", "flatly", "quickly", "angrily", "bluntly", "publicly", "privately",
        "separately", "subsequently", "reportedly", "allegedly", "has", "had", "have", "was", "is", "will",
        "would", "could", "did", "does", "even", "last", "cheerfully", "only",
    ]

    /// Who is told, in `S told me, "Q"`.
    static let listeners: Set<String> = ["me", "us", "him", "her", "them", "reporters", "journalists", "supporters", "listeners"]

    /// Auxiliaries and adverbs skipped when reading a subject backwards from its verb.
    static let auxiliaries: Set<String> = [
        "also", "later", "then", "once", "again", "previously", "earlier", "recently", "repeatedly", "often",
        "has", "had", "have", "was", "is", "will", "would", "could", "did", "does", "even", "further", "finally",
        "reportedly", "separately", "publicly", "privately", "simply", "flatly", "bluntly", "quickly", "angrily",
    ]

    private var paragraph: AnalysedParagraph { reader.paragraph }
    private var persons: PersonAnalysis { reader.persons }
    private var tokens: Tokens { reader.paragraph.tokens }

    /// The speaker cue for the quote whose marks are at `open` and `close` (token indices, nil when absent).
    func cue(open: Int?, close: Int?) -> SpeakerReference? {
        if let open, let lead = leadIn(before: open) { return lead }
        if let close, let after = after(close: close) { return after }
        if let open, let earlier = earlierInSentence(before: open) { return earlier }
        let anchor = open ?? close ?? 0
        return accordingTo(inSentenceOf: anchor)
    }

    /// `S said: "Q"`, `S said, "Q"`, `S said that "Q"`: a verb right before the opening mark.
    private func leadIn(before open: Int) -> SpeakerReference? {
        var index = open - 1
        // ":" and ",": told by their bits (`isMark`'s answers), no text read.
        while index >= 0, tokens.isColon(index) || tokens.isComma(index) { index -= 1 }
        if index >= 0, tokens.isLower(index, "that", in: .nonVerb) { index -= 1 }
        if index >= 1, tokens[index].folded.contains(.listener), tokens[index - 1].folded.contains(.takesListener) { index -= 1 }
        guard index >= 0, tokens[index].kind == .word else { return nil }
        if let found = subjectOfVerb(at: index) { return found }
        return nil
    }

    /// `"Q," S said` and `"Q," said S`: the words right after the closing mark.
    private func after(close: Int) -> SpeakerReference? {
        var index = close + 1
        while index < tokens.count, tokens.isComma(index) { index += 1 }
        guard index < tokens.count else { return nil }
        if tokens[index].kind == .dash { return dashSpeaker(from: index + 1) }
        guard tokens[index].kind == .word || tokens[index].kind == .number else { return nil }
        if tokens[index].folded.contains(.speechVerb), let (reference, _) = reader.forward(from: index + 1),
           !isCreditLine(verbAt: index) {
            return reference
        }
        for (reference, end) in reader.candidates(from: index) where isVerb(afterAdverbs: end) { return reference }
        return nil
    }

    /// Whether a speech verb follows at `index`, perhaps after adverbs ("Abadi also said").
    private func isVerb(afterAdverbs index: Int) -> Bool {
        var verb = index
        while verb < tokens.count, tokens[verb].kind == .word, tokens[verb].folded.contains(.adverb),
              !tokens[verb].folded.contains(.speechVerb) { verb += 1 }
        return verb < tokens.count && tokens[verb].kind == .word && tokens[verb].folded.contains(.speechVerb)
    }

    /// `"Q" — S` or `"Q" - S`: a name right after a dash.
    private func dashSpeaker(from index: Int) -> SpeakerReference? {
        guard let (reference, _) = reader.forward(from: index), case .person = reference else { return nil }
        return reference
    }

    /// `S called the plan "Q"`: the nearest speech verb earlier in the sentence, outside quotes.
    private func earlierInSentence(before open: Int) -> SpeakerReference? {
        let sentence = paragraph.sentence(containing: open)
        var index = open - 1
        while index >= sentence.lowerBound {
            if !quoteRanges.contains(index), tokens[index].kind == .word,
               let found = subjectOfVerb(at: index) {
                return found
            }
            index -= 1
        }
        return paragraph.isHeadline ? headlineSpeaker() : nil
    }

    /// In a headline: a person before a colon ("Sanders: ...") or before a speech verb ("Christie Calls ..."),
    /// or a role before the colon ("Mayor on floods: ...").
    private func headlineSpeaker() -> SpeakerReference? {
        for mention in persons.mentions[paragraph.index] {
            let next = mention.run.tokens.upperBound
            guard next < tokens.count else { continue }
            if tokens.isColon(next) || tokens[next].folded.contains(.speechVerb) { return .person(mention.person) }
        }
        guard let colon = tokens.indices.first(where: { tokens.isColon($0) }) else { return nil }
        let role = (0..<colon).lazy.compactMap { tokens[$0].kind == .word ? Roles.canonical(tokens.text($0)) : nil }.first
        return role.map { .description(role: $0) }
    }

    /// The subject of the speech verb at `index` (`S said`), or the inverted subject after it (`said S`).
    private func subjectOfVerb(at index: Int) -> SpeakerReference? {
        guard tokens[index].folded.contains(.speechVerb) else { return nil }   // `SpeechVerbs.forms` holds its lower case
        if tokens.lower(index).hasSuffix("ing"), let subject = clauseSubject(before: index) { return subject }
        if let subject = reader.backward(before: index), !isPassive(index) { return subject }
        if let (reference, _) = reader.forward(from: index + 1), !isCreditLine(verbAt: index) { return reference }
        return nil
    }

    /// For `..., saying "Q"`: the subject at the start of the clause (the first person of the sentence).
    private func clauseSubject(before index: Int) -> SpeakerReference? {
        let sentence = paragraph.sentence(containing: index)
        for start in sentence.lowerBound..<index where !quoteRanges.contains(start) {
            if let (reference, _) = reader.forward(from: start) { return reference }
        }
        return nil
    }

    private func isPassive(_ index: Int) -> Bool {
        index > 0 && index + 1 < tokens.count && tokens.isLower(index + 1, "by", in: .nonVerb)
            && ["was", "were", "been", "being", "is", "are"].contains(tokens.lower(index - 1))
    }

    /// `reports AFP`, `Reuters reported`: a news agency credited, not quoted.
    private func isCreditLine(verbAt index: Int) -> Bool {
        guard index + 1 < tokens.count else { return false }
        return tokens[index + 1].written.contains(.newsAgency) && ["reports", "reported", "said", "says"].contains(tokens.lower(index))
    }

    /// `according to S` anywhere in the sentence of token `index`.
    private func accordingTo(inSentenceOf index: Int) -> SpeakerReference? {
        let sentence = paragraph.sentence(containing: index)
        for position in sentence where position + 2 < tokens.count {
            // "according" is one of `QuoteFilter.cueWords`: the bit test spares a string comparison for most words.
            guard tokens[position].folded.contains(.cueWord), tokens.lower(position) == "according",
                  tokens.lower(position + 1) == "to" else { continue }
            if let (reference, _) = reader.forward(from: position + 2) { return reference }
        }
        return nil
    }
}

/// Finds reported speech without quotation marks: `S said (that) ...`, `..., S said.`, `according to S, ...`.
struct ReportedSpeechFinder {
    /// The reader of the paragraph's speaker phrases, which holds the paragraph and the person analysis.
    let reader: SpeakerPhraseReader

    /// Verbs that report what someone said, for indirect speech.
    static let verbs: Set<String> = [
        "said", "says", "told", "added", "announced", "warned", "claimed", "argued", "insisted", "stated",
        "noted", "explained", "acknowledged", "admitted", "stressed", "suggested", "predicted", "maintained",
        "confirmed", "denied", "contended", "asserted", "declared", "reported", "promised", "pledged", "vowed",
    ]

    /// Shortest reported content worth marking, in tokens.
    static let minimumLength = 3

    /// The paragraph's tokens, kept once rather than read through the reader at each use.
    let tokens: Tokens

    init(reader: SpeakerPhraseReader) {
        self.reader = reader
        tokens = reader.paragraph.tokens
    }

    /// The speaker and content of the reported speech in `sentence`, if it has any. Both forms turn on a reporting
    /// verb: a sentence without one (see `mayReport`) finds nothing, and is best passed over before asking.
    func find(in sentence: Range<Int>) -> (SpeakerReference, Span)? {
        clauseFinal(sentence) ?? leadIn(sentence)
    }

    /// Whether `sentence` of `tokens` may hold reported speech: both forms turn on a reporting verb inside it,
    /// and most sentences have none.
    static func mayReport(_ sentence: Range<Int>, in tokens: Tokens) -> Bool {
        tokens.anyFolded(.reportingVerb, in: sentence)
    }

    /// `Content, S said.` or `Content, said S.`
    private func clauseFinal(_ sentence: Range<Int>) -> (SpeakerReference, Span)? {
        var end = sentence.upperBound
        while end > sentence.lowerBound, tokens[end - 1].kind == .punctuation { end -= 1 }
        guard let comma = tokens.lastWritten(.comma, in: sentence.lowerBound..<end) else { return nil }   // `isComma`'s bit
        let afterComma = comma + 1
        guard afterComma < end, comma - sentence.lowerBound >= Self.minimumLength else { return nil }
        var reference: SpeakerReference?
        if tokens[afterComma].folded.contains(.reportingVerb), let (found, stop) = reader.forward(from: afterComma + 1), stop >= end - 1 {
            reference = found
        } else if hasReportingVerb(max(afterComma + 1, end - 3)..<end),   // where `stop` must be: spares most readings
                  let (found, stop) = reader.forward(from: afterComma), stop < end, tokens[stop].folded.contains(.reportingVerb),
                  stop >= end - 3 {
            reference = found
        }
        guard let speaker = reference else { return nil }
        return (speaker, span(sentence.lowerBound..<comma))
    }

    private func hasReportingVerb(_ range: Range<Int>) -> Bool {
        tokens.anyFolded(.reportingVerb, in: range)
    }

    /// `S said (that) content.`
    private func leadIn(_ sentence: Range<Int>) -> (SpeakerReference, Span)? {
        // The sentence's reporting verbs, each found by a scan of one bit per token.
        var from = sentence.lowerBound
        while let index = tokens.firstFolded(.reportingVerb, in: from..<sentence.upperBound) {
            from = index + 1
            guard tokens[index].kind == .word, let subject = reader.backward(before: index) else { continue }
            var start = index + 1
            if tokens.lower(index) == "told", start < sentence.upperBound, let (_, stop) = listener(from: start) { start = stop }
            if let that = (start..<min(sentence.upperBound, start + 6)).first(where: { tokens.isLower($0, "that", in: .nonVerb) }) { start = that + 1 }
            while start < sentence.upperBound, tokens[start].kind == .punctuation { start += 1 }
            var end = sentence.upperBound
            while end > start, tokens[end - 1].kind == .punctuation || tokens[end - 1].kind == .quoteMark { end -= 1 }
            guard end - start >= Self.minimumLength else { return nil }
            return (subject, span(start..<end))
        }
        return nil
    }

    /// The listener after "told": "reporters", "the BBC", "Medvedev".
    private func listener(from index: Int) -> (Int, Int)? {
        var end = index
        while end < tokens.count, end < index + 4, tokens[end].kind == .word, !tokens.isLower(end, "that", in: .nonVerb) { end += 1 }
        return end > index ? (index, end) : nil
    }

    private func span(_ range: Range<Int>) -> Span {
        Span(tokens[range.lowerBound].span.start, tokens[range.upperBound - 1].span.end)
    }
}

/// A mention of a registered person in a paragraph: the whole run (titles included) and the person.
struct PersonMention: Sendable {
    let run: NameRun
    let person: Int
}

/// What the person pass found: the registry, the mentions by paragraph, and organisation spans.
struct PersonAnalysis: Sendable {
    var registry: PersonRegistry
    /// The mentions of each paragraph, in token order.
    private(set) var mentions: [[PersonMention]]
    /// Spans of organisation names, by paragraph.
    var organisationSpans: [[Span]]
    /// The organisation names themselves, by paragraph ("Human Rights Watch"): they can be speakers too.
    var organisationRuns: [[NameRun]]
    /// By paragraph and token index: 1 + the number of the first mention whose run starts (ends) there, 0 for none.
    /// Empty for a paragraph without mentions.
    private var byStart: [[Int32]]
    private var byEnd: [[Int32]]

    /// An analysis of `paragraphs` paragraphs holding nothing yet.
    init(paragraphs: Int) {
        registry = PersonRegistry()
        mentions = Array(repeating: [], count: paragraphs)
        organisationSpans = Array(repeating: [], count: paragraphs)
        organisationRuns = Array(repeating: [], count: paragraphs)
        byStart = Array(repeating: [], count: paragraphs)
        byEnd = Array(repeating: [], count: paragraphs)
    }

    /// Sets the mentions of `paragraph` (which has `tokenCount` tokens) and indexes them by first and end token.
    mutating func setMentions(_ found: [PersonMention], of paragraph: Int, tokenCount: Int) {
        mentions[paragraph] = found
        guard !found.isEmpty else {
            byStart[paragraph] = []
            byEnd[paragraph] = []
            return
        }
        var starts = [Int32](repeating: 0, count: tokenCount + 1), ends = starts
        // Backwards, so that the first of several mentions at one place is the one kept.
        for (number, mention) in found.enumerated().reversed() {
            starts[mention.run.tokens.lowerBound] = Int32(number + 1)
            ends[mention.run.tokens.upperBound] = Int32(number + 1)
        }
        byStart[paragraph] = starts
        byEnd[paragraph] = ends
    }

    /// The mention whose run starts at token `index` of paragraph `paragraph`.
    func mention(startingAt index: Int, in paragraph: Int) -> PersonMention? {
        Self.lookUp(byStart[paragraph], index).map { mentions[paragraph][$0] }
    }

    /// The mention whose run ends just before token `index` (exclusive end).
    func mention(endingAt index: Int, in paragraph: Int) -> PersonMention? {
        Self.lookUp(byEnd[paragraph], index).map { mentions[paragraph][$0] }
    }

    private static func lookUp(_ table: [Int32], _ index: Int) -> Int? {
        guard index >= 0, index < table.count, table[index] != 0 else { return nil }
        return Int(table[index]) - 1
    }
}

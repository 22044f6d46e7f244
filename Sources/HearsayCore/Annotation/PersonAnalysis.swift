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
    /// The mentions by the token their run starts or ends at.
    private var index: MentionIndex

    /// An analysis of `paragraphs` paragraphs holding nothing yet.
    init(paragraphs: Int) {
        registry = PersonRegistry()
        mentions = Array(repeating: [], count: paragraphs)
        organisationSpans = Array(repeating: [], count: paragraphs)
        organisationRuns = Array(repeating: [], count: paragraphs)
        index = MentionIndex(paragraphs: paragraphs)
    }

    /// Adds a mention to `paragraph`, to be put in order by `setMentions`.
    mutating func addMention(_ mention: PersonMention, in paragraph: Int) {
        mentions[paragraph].append(mention)
    }

    /// The mentions of `paragraph` so far, taken out (the paragraph holds none until `setMentions`), so that
    /// adding to them copies nothing.
    mutating func takeMentions(of paragraph: Int) -> [PersonMention] {
        var taken: [PersonMention] = []
        swap(&taken, &mentions[paragraph])
        return taken
    }

    /// Sets the mentions of `paragraph` (which has `tokenCount` tokens), in token order.
    mutating func setMentions(_ found: [PersonMention], of paragraph: Int, tokenCount: Int) {
        mentions[paragraph] = found
        index.set(found, of: paragraph, tokenCount: tokenCount)
    }

    /// The mention whose run starts at token `index` of paragraph `paragraph`.
    func mention(startingAt index: Int, in paragraph: Int) -> PersonMention? {
        self.index.mention(at: index, in: paragraph, end: false, of: mentions[paragraph]).map { mentions[paragraph][$0] }
    }

    /// The mention whose run ends just before token `index` (exclusive end).
    func mention(endingAt index: Int, in paragraph: Int) -> PersonMention? {
        self.index.mention(at: index, in: paragraph, end: true, of: mentions[paragraph]).map { mentions[paragraph][$0] }
    }
}

/// The number of the first mention of a paragraph whose run starts, or ends, at a token: one lookup, where the
/// attribution rules ask for it many times a paragraph. A paragraph of a few mentions (most) has no slots: its
/// mentions are read instead, as quickly.
private struct MentionIndex: Sendable {
    /// Up to this many mentions, a paragraph's mentions are searched rather than indexed.
    private static let searched = 8
    /// For each paragraph, where its slots begin and how many token positions it has (0 without slots).
    private var paragraphs: [(start: Int, positions: Int)]
    /// Two slots for each token position of a paragraph, start then end: 1 + the mention's number, 0 for none.
    private var slots: [Int32] = []

    init(paragraphs count: Int) {
        paragraphs = Array(repeating: (0, 0), count: count)
    }

    mutating func set(_ mentions: [PersonMention], of paragraph: Int, tokenCount: Int) {
        guard mentions.count > Self.searched else {
            paragraphs[paragraph] = (0, 0)
            return
        }
        let start = slots.count
        paragraphs[paragraph] = (start, tokenCount + 1)
        slots.append(contentsOf: repeatElement(0, count: 2 * (tokenCount + 1)))
        // Backwards, so that of several mentions at one place the first is kept.
        for number in mentions.indices.reversed() {
            let tokens = mentions[number].run.tokens
            slots[start + 2 * tokens.lowerBound] = Int32(number + 1)
            slots[start + 2 * tokens.upperBound + 1] = Int32(number + 1)
        }
    }

    /// The number of the first of `mentions` (the paragraph's, as set) starting (`end` false) or ending at
    /// token position `index`.
    func mention(at index: Int, in paragraph: Int, end: Bool, of mentions: [PersonMention]) -> Int? {
        if mentions.count <= Self.searched {
            return mentions.firstIndex { (end ? $0.run.tokens.upperBound : $0.run.tokens.lowerBound) == index }
        }
        let (start, positions) = paragraphs[paragraph]
        guard index >= 0, index < positions else { return nil }
        let slot = slots[start + 2 * index + (end ? 1 : 0)]
        return slot == 0 ? nil : Int(slot) - 1
    }
}

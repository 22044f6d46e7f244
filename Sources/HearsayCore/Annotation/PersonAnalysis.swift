/// A mention of a registered person in a paragraph: the whole run (titles included) and the person.
struct PersonMention: Sendable {
    let run: NameRun
    let person: Int
}

/// What the person pass found: the registry, the mentions by paragraph, and organisation names.
struct PersonAnalysis: Sendable {
    var registry: PersonRegistry
    /// The mentions of each paragraph, in token order.
    private(set) var mentions: [[PersonMention]] = []
    /// The organisation names found ("Human Rights Watch"; they can be speakers too), paragraph by paragraph as
    /// decided, and the span of each. Few articles have any: they are kept in one list, not one per paragraph.
    private var organisations: [(run: NameRun, span: Span)] = []
    /// The mentions by the token their run starts or ends at.
    private var index: MentionIndex

    /// An analysis of `paragraphs` paragraphs holding nothing yet.
    init(paragraphs: Int) {
        registry = PersonRegistry()
        mentions.reserveCapacity(paragraphs)
        index = MentionIndex(paragraphs: paragraphs)
    }

    /// Adds an organisation's name, `run` (its paragraph's), whose whole span is `span`.
    mutating func addOrganisation(_ run: NameRun, span: Span) {
        organisations.append((run, span))
    }

    /// The spans of the organisation names of `paragraph`.
    func organisationSpans(in paragraph: Int) -> [Span] {
        organisations.isEmpty ? [] : organisations.filter { $0.run.paragraph == paragraph }.map(\.span)
    }

    /// The first organisation name of `paragraph` that `matches`.
    func organisationRun(in paragraph: Int, where matches: (NameRun) -> Bool) -> NameRun? {
        organisations.first { $0.run.paragraph == paragraph && matches($0.run) }?.run
    }

    /// Sets the mentions of the next paragraph (the first when none is set; it has `tokenCount` tokens), in token
    /// order.
    mutating func appendMentions(_ found: [PersonMention], tokenCount: Int) {
        index.append(found, tokenCount: tokenCount)
        mentions.append(found)
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
    private var paragraphs: [(start: Int, positions: Int)] = []
    /// Two slots for each token position of a paragraph, start then end: 1 + the mention's number, 0 for none.
    private var slots: [Int32] = []

    /// Room for `count` paragraphs.
    init(paragraphs count: Int) {
        paragraphs.reserveCapacity(count)
    }

    /// Indexes `mentions`, those of the next paragraph (which has `tokenCount` tokens).
    mutating func append(_ mentions: [PersonMention], tokenCount: Int) {
        guard mentions.count > Self.searched else {
            paragraphs.append((0, 0))
            return
        }
        let start = slots.count
        paragraphs.append((start, tokenCount + 1))
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

/// The capitalised tokens of an article that may be other mentions of its places (`PlaceFinder.repeats` asks
/// only about them), paragraph by paragraph, each with its spelling: a paragraph none of whose spellings may
/// name a place is passed over without reading its tokens.
struct MentionCandidates {
    /// Token indices within their paragraphs, paragraph after paragraph.
    private(set) var indices: [Int] = []
    /// The spelling of each (its token's `word`).
    private(set) var spellings: [UInt32] = []
    /// Where each paragraph's candidates end in `indices`.
    private var ends: [Int] = []

    /// Candidates an article has room for at first: most have fewer.
    private static let initialCapacity = 64

    /// Room for the candidates of `paragraphs` paragraphs.
    init(paragraphs: Int) {
        ends.reserveCapacity(paragraphs)
        indices.reserveCapacity(Self.initialCapacity)
        spellings.reserveCapacity(Self.initialCapacity)
    }

    /// Adds token `index` of the current paragraph, whose spelling is `spelling`.
    mutating func append(_ index: Int, spelling: UInt32) {
        indices.append(index)
        spellings.append(spelling)
    }

    /// Ends the current paragraph: later candidates are the next one's.
    mutating func endParagraph() { ends.append(indices.count) }

    /// Where the candidates of paragraph `number` are in `indices` and `spellings`.
    func paragraph(_ number: Int) -> Range<Int> {
        (number > 0 ? ends[number - 1] : 0)..<ends[number]
    }
}

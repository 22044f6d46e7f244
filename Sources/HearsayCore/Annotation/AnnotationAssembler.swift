/// Turns the passes' findings into the public `Annotation`: speakers numbered by first appearance,
/// spans sorted and free of overlaps within each kind, place text taken from the article itself.
struct AnnotationAssembler {
    let article: Article
    let resolver: SpeakerResolver
    let segments: [QuotedSegment]
    let speakers: [Int?]
    let reported: [(span: Span, speaker: Int?)]
    let places: [Place]

    func assemble() -> Annotation {
        let registry = resolver.registry
        let order = speakerOrder(in: registry)
        // People are registry numbers: their numbers as speakers are kept in an array over the registry, not hashed.
        var number = [Int?](repeating: nil, count: registry.people.count)
        for (position, person) in order.enumerated() { number[person] = position }
        let speakerList = order.map { person in
            Speaker(name: registry.people[person].name, mentions: Self.withoutOverlaps(Self.inOrder(registry.people[person].mentions)))
        }
        // Both come in text order, mostly: sorted only when they are not.
        let quotes = Self.inOrder(segments.indices.map { index in
            Quote(span: segments[index].content, speaker: speakers[index].flatMap { number[$0] },
                  chain: segments[index].chain, inHeadline: segments[index].paragraph == 0)
        }, by: { $0.span < $1.span })
        let reportedList = reported.map { ReportedSpeech(span: $0.span, speaker: $0.speaker.flatMap { number[$0] }) }
        return Annotation(quotes: Self.withoutOverlaps(quotes, span: \.span), speakers: speakerList, places: placeList(),
                          reported: Self.inOrder(reportedList, by: { $0.span < $1.span }))
    }

    /// The people who speak (quoted or reported), in order of their first mention.
    private func speakerOrder(in registry: PersonRegistry) -> [Int] {
        var isUsed = [Bool](repeating: false, count: registry.people.count)
        var usedCount = 0
        for case let person? in speakers where !isUsed[person] { isUsed[person] = true; usedCount += 1 }
        for case let person? in reported.lazy.map(\.speaker) where !isUsed[person] { isUsed[person] = true; usedCount += 1 }
        // One array of the exact count, sorted in place: no filtered and mapped copies.
        var firsts: [(first: Int, person: Int)] = []
        firsts.reserveCapacity(usedCount)
        for person in isUsed.indices where isUsed[person] {
            firsts.append((first: registry.people[person].mentions.lazy.map(\.start).min() ?? 0, person: person))
        }
        firsts.sort { ($0.first, $0.person) < ($1.first, $1.person) }
        return firsts.map(\.person)
    }

    /// The places without overlaps, in text order, with their text the article's: a place's own when it is
    /// (`isArticleText`), else cut from the article.
    private func placeList() -> [Place] {
        var cutter = SpanTextCutter(segments: article.annotatedSegments)
        let sorted = Self.inOrder(places, by: { $0.span < $1.span })
        var list: [Place] = []
        list.reserveCapacity(sorted.count)
        // The last span kept: a span that overlaps it is dropped (as `withoutOverlaps` drops it), cut or not.
        var kept: Span?
        for place in sorted where kept.map({ !$0.overlaps(place.span) }) ?? true {
            kept = place.span
            if Self.isArticleText(place) {
                list.append(place)
            } else if let text = cutter.text(at: place.span) {
                list.append(Place(span: place.span, text: text))
            }
        }
        return list
    }

    /// Whether a place's text is the article's own at its span, and needs no cutting. A place's text is its tokens'
    /// texts (the article's), joined by a space where white space comes between them: one of ASCII bytes only,
    /// as many as its span has scalars and none a space, has no white space it may stand for and no scalar left
    /// out between its tokens.
    static func isArticleText(_ place: Place) -> Bool {
        let utf8 = place.text.utf8
        guard utf8.count == place.span.length else { return false }
        // A text not stored as UTF-8 is cut instead.
        return utf8.withContiguousStorageIfAvailable(isPlainASCII) ?? false
    }

    /// Whether every byte is ASCII and none is a space: all are in "!" ... DEL, one unsigned comparison each.
    private static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 &- plainASCII.lowerBound < UInt8(plainASCII.count) }
    }

    /// The ASCII bytes after the space.
    private static let plainASCII: ClosedRange<UInt8> = UInt8(ascii: "!")...0x7F

    /// `spans` sorted; as they are when they already are in order (a person's mentions mostly are), not copied.
    static func inOrder(_ spans: [Span]) -> [Span] {
        inOrder(spans, by: <)
    }

    /// `items` sorted by `less`; as they are, not copied, when they already are in order (the sort is stable, so
    /// that is what it would give).
    static func inOrder<Item>(_ items: [Item], by less: (Item, Item) -> Bool) -> [Item] {
        items.indices.dropFirst().contains { less(items[$0], items[$0 - 1]) } ? items.sorted(by: less) : items
    }

    /// Sorted spans with any span that overlaps an earlier one dropped; as they are, not copied, when none overlaps
    /// the one before it (then every span is kept).
    static func withoutOverlaps(_ spans: [Span]) -> [Span] {
        withoutOverlaps(spans, span: { $0 })
    }

    /// Items in order of their spans (`span`), with any whose span overlaps an earlier one's dropped; as they are,
    /// not copied, when none overlaps the one before it.
    private static func withoutOverlaps<Item>(_ items: [Item], span: (Item) -> Span) -> [Item] {
        guard items.indices.dropFirst().contains(where: { span(items[$0 - 1]).overlaps(span(items[$0])) }) else { return items }
        var result: [Item] = []
        result.reserveCapacity(items.count)
        for item in items where result.last.map({ !span($0).overlaps(span(item)) }) ?? true { result.append(item) }
        return result
    }
}

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
        // People are registry numbers: flags and numbers are kept in arrays over the registry, not hashed.
        var isUsed = [Bool](repeating: false, count: registry.people.count)
        for person in speakers.compactMap({ $0 }) + reported.compactMap(\.speaker) { isUsed[person] = true }
        let order = isUsed.indices.filter { isUsed[$0] }
            .map { (first: registry.people[$0].mentions.lazy.map(\.start).min() ?? 0, person: $0) }
            .sorted { ($0.first, $0.person) < ($1.first, $1.person) }
            .map(\.person)
        var number = [Int?](repeating: nil, count: registry.people.count)
        for (position, person) in order.enumerated() { number[person] = position }
        let speakerList = order.map { person in
            Speaker(name: registry.people[person].name, mentions: Self.withoutOverlaps(registry.people[person].mentions.sorted()))
        }
        let quotes = segments.indices.map { index in
            Quote(span: segments[index].content, speaker: speakers[index].flatMap { number[$0] },
                  chain: segments[index].chain, inHeadline: segments[index].paragraph == 0)
        }.sorted { $0.span < $1.span }
        let reportedList = reported.map { ReportedSpeech(span: $0.span, speaker: $0.speaker.flatMap { number[$0] }) }
        var cutter = SpanTextCutter(segments: article.annotatedSegments)
        let placeList = Self.withoutOverlaps(places.map(\.span).sorted()).compactMap { span -> Place? in
            cutter.text(at: span).map { Place(span: span, text: $0) }
        }
        return Annotation(quotes: Self.withoutOverlapping(quotes), speakers: speakerList, places: placeList,
                          reported: reportedList.sorted { $0.span < $1.span })
    }

    /// Sorted spans with any span that overlaps an earlier one dropped.
    static func withoutOverlaps(_ spans: [Span]) -> [Span] {
        var result: [Span] = []
        for span in spans where result.last.map({ !$0.overlaps(span) }) ?? true { result.append(span) }
        return result
    }

    private static func withoutOverlapping(_ quotes: [Quote]) -> [Quote] {
        var result: [Quote] = []
        for quote in quotes where result.last.map({ !$0.span.overlaps(quote.span) }) ?? true { result.append(quote) }
        return result
    }
}

/// The spans of a paragraph that no place may overlap: the names of its people (their mentions' runs) and
/// organisations. Read where they are kept, without making one array of them.
struct BlockedSpans {
    private let mentions: [PersonMention]
    private let spans: [Span]

    /// The spans of `mentions`' runs and of `spans` (organisations'), kept as given.
    init(mentions: [PersonMention], spans: [Span]) {
        self.mentions = mentions
        self.spans = spans
    }

    /// Whether `span` overlaps any of them.
    func overlaps(_ span: Span) -> Bool {
        mentions.contains { $0.run.span.overlaps(span) } || spans.contains { $0.overlaps(span) }
    }
}

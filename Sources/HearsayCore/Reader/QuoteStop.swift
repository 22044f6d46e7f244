/// One stop of quote jumping: a whole quote, across paragraphs if it runs over several.
public struct QuoteStop: Hashable, Sendable {
    /// The quote's segments, one per paragraph.
    public let segments: [Span]
    /// From the first segment's start to the last one's end.
    public let span: Span
    /// Who said it, when known.
    public let speaker: String?

    public init(segments: [Span], span: Span, speaker: String?) {
        self.segments = segments
        self.span = span
        self.speaker = speaker
    }

    /// The stops of an annotation, in text order (headline quotes are not stops).
    public static func stops(of annotation: Annotation) -> [QuoteStop] {
        annotation.quoteStops.compactMap { quotes in
            guard let first = quotes.first, let last = quotes.last else { return nil }
            return QuoteStop(segments: quotes.map(\.span), span: Span(first.span.start, last.span.end),
                             speaker: annotation.speakerName(of: first))
        }
    }
}

/// The highlights of one annotated region of an article, each kind sorted by start for drawing a line at a
/// time: quotes (widened to take in their marks), reported speech, places, speaker mentions, and the quote
/// stops of `]` and `[`.
public struct Highlights: Sendable {
    /// Every quote segment widened to take in its quotation marks: what the quote style covers.
    public let quotes: [Span]
    public let reported: [Span]
    public let places: [Span]
    /// Speaker mentions with the speaker's number in the document (which picks the palette colour).
    public let mentions: [(span: Span, speaker: Int)]
    /// The stops of `]` and `[`, their segments widened to take in the quotation marks.
    public let stops: [QuoteStop]

    public static let empty = Highlights(quotes: [], reported: [], places: [], mentions: [], stops: [])

    init(quotes: [Span], reported: [Span], places: [Span], mentions: [(span: Span, speaker: Int)], stops: [QuoteStop]) {
        self.quotes = quotes
        self.reported = reported
        self.places = places
        self.mentions = mentions
        self.stops = stops
    }

    /// The highlights of `annotation` (offsets into `scalars`), keeping only what starts at or after
    /// `from`; `speakerNumber` turns the annotation's speaker index into the document's.
    init(_ annotation: Annotation, scalars: [Unicode.Scalar], from: Int = 0, speakerNumber: (Int) -> Int) {
        let keep = { (span: Span) in span.start >= from }
        let widen = QuoteMarks(scalars: scalars)
        quotes = widen.spans(annotation.quotes.map(\.span).filter(keep).sorted())
        reported = annotation.reported.map(\.span).filter(keep).sorted()
        places = annotation.places.map(\.span).filter(keep).sorted()
        var mentions: [(span: Span, speaker: Int)] = []
        for (index, speaker) in annotation.speakers.enumerated() {
            let number = speakerNumber(index)
            for mention in speaker.mentions where keep(mention) { mentions.append((mention, number)) }
        }
        self.mentions = mentions.sorted { $0.span < $1.span }
        stops = QuoteStop.stops(of: annotation).filter { keep($0.span) }.map { stop in
            let segments = widen.spans(stop.segments)
            let span = Span(segments.first?.start ?? stop.span.start, segments.last?.end ?? stop.span.end)
            return QuoteStop(segments: segments, span: span, speaker: stop.speaker)
        }
    }

    /// The indexes of `spans` that overlap `range`; `spans` sorted and not overlapping one another
    /// (so their ends are sorted too), as the annotator guarantees within a kind.
    public static func overlapping(_ spans: [Span], _ range: Range<Int>) -> Range<Int> {
        overlapping(count: spans.count, start: { spans[$0].start }, end: { spans[$0].end }, range)
    }

    /// The same for any list, given how to read a span's start and end.
    public static func overlapping(count: Int, start: (Int) -> Int, end: (Int) -> Int, _ range: Range<Int>) -> Range<Int> {
        let first = partition(count) { end($0) > range.lowerBound }
        let last = partition(count) { start($0) >= range.upperBound }
        return first..<max(first, last)
    }

    /// The first index in 0..<count for which `isAfter` holds (it must hold for a suffix).
    static func partition(_ count: Int, _ isAfter: (Int) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if isAfter(middle) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

/// Widens quote spans (which exclude their marks) by the quotation mark on each side, when there is one.
struct QuoteMarks {
    let scalars: [Unicode.Scalar]
    static let marks: Set<Unicode.Scalar> = ["\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{00AB}",
                                              "\u{00BB}", "\u{201E}", "\u{201A}", "\u{2039}", "\u{203A}"]

    /// `spans` (sorted, not overlapping) widened where a mark touches them, still not overlapping.
    func spans(_ spans: [Span]) -> [Span] {
        var result: [Span] = []
        for (index, span) in spans.enumerated() {
            var start = span.start
            var end = span.end
            if start > 0, start - 1 < scalars.count, Self.marks.contains(scalars[start - 1]),
               (result.last?.end ?? 0) <= start - 1 { start -= 1 }
            if end < scalars.count, Self.marks.contains(scalars[end]),
               index + 1 >= spans.count || spans[index + 1].start > end { end += 1 }
            result.append(Span(start, end))
        }
        return result
    }
}

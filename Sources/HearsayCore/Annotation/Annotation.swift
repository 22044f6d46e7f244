/// Everything the annotator found in one article: who said what, and where.
public struct Annotation: Sendable {
    /// Direct quotes in text order, one per paragraph segment.
    public let quotes: [Quote]
    /// The people (or bodies) quoted or reported, in order of first appearance; `Quote.speaker` indexes this.
    public let speakers: [Speaker]
    /// Place mentions in text order.
    public let places: [Place]
    /// Reported (indirect) speech in text order.
    public let reported: [ReportedSpeech]

    public init(quotes: [Quote], speakers: [Speaker], places: [Place], reported: [ReportedSpeech]) {
        self.quotes = quotes
        self.speakers = speakers
        self.places = places
        self.reported = reported
    }

    public static let empty = Annotation(quotes: [], speakers: [], places: [], reported: [])

    /// The speaker's canonical name for a quote, if the quote is attributed.
    public func speakerName(of quote: Quote) -> String? {
        quote.speaker.map { speakers[$0].name }
    }

    /// The quotes as stops for jumping: a quote over several paragraphs is one stop.
    public var quoteStops: [[Quote]] {
        var stops: [[Quote]] = []
        for quote in quotes where !quote.inHeadline {
            if let last = stops.last?.last, last.chain == quote.chain {
                stops[stops.count - 1].append(quote)
            } else {
                stops.append([quote])
            }
        }
        return stops
    }
}

/// One paragraph segment of a direct quote: the text between its marks.
public struct Quote: Hashable, Sendable {
    /// The quoted words, marks excluded.
    public let span: Span
    /// Index into `Annotation.speakers`, or nil when no speaker was found.
    public let speaker: Int?
    /// Segments of one quote running over several paragraphs share a chain number.
    public let chain: Int
    /// Whether the quote is in the headline (not a jump stop).
    public let inHeadline: Bool

    public init(span: Span, speaker: Int?, chain: Int, inHeadline: Bool) {
        self.span = span
        self.speaker = speaker
        self.chain = chain
        self.inHeadline = inHeadline
    }
}

/// A person or body who is quoted or reported, with every mention of them in the article.
public struct Speaker: Hashable, Sendable {
    /// The fullest name the article gives ("Sergei Lavrov" for "Foreign Minister Sergei Lavrov").
    public let name: String
    /// Every mention of the name (full name, surname, title + surname), in text order.
    public let mentions: [Span]

    public init(name: String, mentions: [Span]) {
        self.name = name
        self.mentions = mentions
    }
}

/// A mention of a place: a country, region, city or geographic feature.
public struct Place: Hashable, Sendable {
    public let span: Span
    /// The text as written ("Washington DC").
    public let text: String

    public init(span: Span, text: String) {
        self.span = span
        self.text = text
    }
}

/// Reported speech without quotation marks: "X said (that) ...".
public struct ReportedSpeech: Hashable, Sendable {
    /// The reported content.
    public let span: Span
    /// Index into `Annotation.speakers`.
    public let speaker: Int?

    public init(span: Span, speaker: Int?) {
        self.span = span
        self.speaker = speaker
    }
}

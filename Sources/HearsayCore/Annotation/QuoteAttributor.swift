/// Walks the article in order, giving each quote and each reported statement its speaker.
struct QuoteAttributor {
    let paragraphs: [AnalysedParagraph]
    let persons: PersonAnalysis
    let segments: [QuotedSegment]
    private(set) var resolver: SpeakerResolver
    /// The speaker (person index) of each segment, parallel to `segments`.
    private(set) var speakers: [Int?]
    /// Whether a segment has a cue of its own ("one diplomat said"), even one that names nobody.
    private var hasCue: [Bool]
    /// Reported speech found, with its speaker.
    private(set) var reported: [(span: Span, speaker: Int?)] = []

    /// An attributor of `segments`, which come in text order (as `QuoteFinder.find` gives them).
    init(paragraphs: [AnalysedParagraph], persons: PersonAnalysis, segments: [QuotedSegment]) {
        self.paragraphs = paragraphs
        self.persons = persons
        self.segments = segments
        resolver = SpeakerResolver(paragraphs: paragraphs, persons: persons)
        speakers = Array(repeating: nil, count: segments.count)
        hasCue = Array(repeating: false, count: segments.count)
    }

    mutating func run() {
        let segmentsByParagraph = segmentRangesByParagraph()
        // One reference to the analysis for the walk: the paragraphs' readers share it without copies of their own.
        let persons = SharedPersons(self.persons)
        for position in paragraphs.indices {   // by index: the reader's copy is the paragraph's only one
            let reader = SpeakerPhraseReader(paragraph: paragraphs[position], persons: persons)
            let paragraph = reader.paragraph.index
            let indices = segmentsByParagraph[paragraph]
            if !indices.isEmpty {   // most paragraphs quote nobody: nothing to attribute or inherit
                attributeQuotes(indices, reader: reader, persons: persons)
            }
            findReportedSpeech(reader, quoted: indices)
        }
        unifyChains()
    }

    /// Gives the segments `indices` of the reader's paragraph their speakers: by their own cues, from one another,
    /// or from the previous paragraph; and notes who spoke.
    private mutating func attributeQuotes(_ indices: Range<Int>, reader: SpeakerPhraseReader, persons: SharedPersons) {
        let paragraph = reader.paragraph.index
        attributeDirectly(indices, reader: reader)
        inheritWithinParagraph(indices)
        inheritFromPreviousParagraph(indices, in: paragraph, persons: persons)
        for index in indices {
            if let speaker = speakers[index] {
                resolver.noteSpoke(speaker, paragraph: paragraph, offset: segments[index].content.start)
            }
        }
    }

    /// The indices of the segments in each paragraph: a range, the segments being in text order.
    private func segmentRangesByParagraph() -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(paragraphs.count)
        var start = 0
        for paragraph in paragraphs.indices {   // by index: each paragraph read in place, not copied
            var end = start
            while end < segments.count, segments[end].paragraph == paragraphs[paragraph].index { end += 1 }
            ranges.append(start..<end)
            start = end
        }
        return ranges
    }

    private mutating func attributeDirectly(_ indices: Range<Int>, reader: SpeakerPhraseReader) {
        guard !indices.isEmpty else { return }
        let paragraph = reader.paragraph
        let attribution = Attribution(reader: reader, quoteRanges: QuoteTokenRanges(segments: segments[indices], tokenCount: paragraph.tokens.count))
        for index in indices {
            let segment = segments[index]
            guard let reference = attribution.cue(open: segment.openToken, close: segment.closeToken) else { continue }
            hasCue[index] = true
            speakers[index] = resolver.resolve(reference, at: segment.content.start, paragraph: paragraph.index)
        }
    }

    /// A split quote, `"Q1," S said. "Q2"`: the unattributed part takes the nearest attributed part's speaker.
    private mutating func inheritWithinParagraph(_ indices: Range<Int>) {
        for index in indices where speakers[index] == nil && !hasCue[index] {
            let before = (indices.lowerBound..<index).last { speakers[$0] != nil }
            let after = ((index + 1)..<indices.upperBound).first { speakers[$0] != nil }
            if let source = before ?? after { speakers[index] = speakers[source] }
        }
    }

    /// A paragraph that opens with a quote and names nobody continues the previous paragraph's speaker,
    /// or takes the speaker of a colon lead-in ("And from the mayor:").
    private mutating func inheritFromPreviousParagraph(_ indices: Range<Int>, in paragraph: Int, persons: SharedPersons) {
        guard let first = indices.first, speakers[first] == nil, !hasCue[first],
              segments[first].openToken == 0 || segments[first].openToken == nil,
              paragraph > 1 else { return }
        guard let previous = resolver.lastSpeaker(in: paragraph - 1)
                ?? colonLeadIn(before: paragraph, persons: persons) else { return }
        for index in indices where speakers[index] == nil && !hasCue[index] { speakers[index] = previous }
    }

    /// The speaker named in a previous paragraph that ends with a colon.
    private mutating func colonLeadIn(before paragraphIndex: Int, persons: SharedPersons) -> Int? {
        let previous = paragraphs[paragraphIndex - 1]
        guard let lastToken = previous.tokens.indices.last, previous.tokens.isColon(lastToken), let last = previous.sentences.last else { return nil }
        let reader = SpeakerPhraseReader(paragraph: previous, persons: persons)
        for index in last {
            let token = previous.tokens[index]
            if token.kind == .word, token.folded.contains(.speechVerb), let subject = reader.backward(before: index) {
                return resolver.resolve(subject, at: token.span.start, paragraph: previous.index)
            }
        }
        for index in last {
            if let (reference, _) = reader.forward(from: index), case .person = reference {
                return resolver.resolve(reference, at: previous.tokens[index].span.start, paragraph: previous.index)
            }
        }
        return nil
    }

    private mutating func findReportedSpeech(_ reader: SpeakerPhraseReader, quoted: Range<Int>) {
        let tokens = reader.paragraph.tokens
        let index = reader.paragraph.index
        // Most sentences report nothing: one scan for a reporting verb passes each over before anything else, and
        // the finder is made for the first that may report.
        var finder: ReportedSpeechFinder?
        let quotes = QuoteTokenRanges(segments: segments[quoted], tokenCount: tokens.count)
        for sentence in reader.paragraph.sentences where ReportedSpeechFinder.mayReport(sentence, in: tokens) {
            guard !quotes.overlaps(sentence) else { continue }
            if finder == nil { finder = ReportedSpeechFinder(reader: reader) }
            guard let (reference, span) = finder?.find(in: sentence) else { continue }
            let speaker = resolver.resolve(reference, at: span.start, paragraph: index)
            if let speaker { resolver.noteSpoke(speaker, paragraph: index, offset: span.start) }
            // Room at the first for one a paragraph: few articles report more, and the array then never grows.
            if reported.isEmpty { reported.reserveCapacity(paragraphs.count) }
            reported.append((span, speaker))
        }
    }

    /// Every segment of a quote over several paragraphs takes the speaker found in any of them.
    private mutating func unifyChains() {
        // Chain numbers count up from 0 (see `QuoteFinder`): an array indexed by chain, not a dictionary.
        let chainCount = (segments.lazy.map(\.chain).max() ?? -1) + 1
        var chainSpeaker: [Int?] = Array(repeating: nil, count: chainCount)
        for (index, segment) in segments.enumerated() {
            if let speaker = speakers[index], chainSpeaker[segment.chain] == nil { chainSpeaker[segment.chain] = speaker }
        }
        for (index, segment) in segments.enumerated() {
            if let speaker = chainSpeaker[segment.chain] { speakers[index] = speaker }
        }
    }
}

/// A stretch of quoted text in one paragraph, before any decision on whether it is speech.
struct QuotedSegment: Sendable {
    let paragraph: Int
    /// Token index of the opening mark, or nil when the segment continues from the paragraph before.
    let openToken: Int?
    /// Token index of the closing mark, or nil when the quote runs on to the paragraph end.
    let closeToken: Int?
    /// The quoted words, marks and surrounding space excluded.
    let content: Span
    /// Segments of one quote over several paragraphs share a chain number.
    var chain: Int
    /// Whether the next paragraph continues this quote.
    var continues: Bool
}

/// Pairs quotation marks paragraph by paragraph, and chains quotes that run over several paragraphs.
enum QuoteFinder {
    /// The quoted segments of every paragraph (`paragraphs[i]` is the token list of paragraph i). The marks are
    /// found once; the family of marks that delimit quotes is the one that opens more of them outside the headline
    /// (`headlineIndex`), which may use either.
    static func find(in paragraphs: [Tokens], headlineIndex: Int?) -> [QuotedSegment] {
        let marks = ArticleQuoteMarks(paragraphs)
        return find(in: paragraphs, marks: marks, outer: marks.outerFamily(skipping: headlineIndex), headlineIndex: headlineIndex)
    }

    private static func find(in paragraphs: [Tokens], marks articleMarks: ArticleQuoteMarks, outer: QuoteMark.Family,
                             headlineIndex: Int?) -> [QuotedSegment] {
        var segments: [QuotedSegment] = []
        var nextChain = 0
        var pendingChain: Int?
        for (p, tokens) in paragraphs.enumerated() {
            var marks = articleMarks.marks(of: p)
            // A paragraph without a mark has no segment and continues no quote (most paragraphs, in much news).
            guard !marks.isEmpty else {
                pendingChain = nil
                continue
            }
            var family = outer
            if p == headlineIndex, !marks.contains(where: { $0.family == outer }) { family = outer == .double ? .single : .double }
            if !marks.allSatisfy({ $0.family == family }) { marks = ArraySlice(marks.filter { $0.family == family }) }
            let first = segments.count
            pair(marks, tokens: tokens, paragraph: p, into: &segments)
            let found = first..<segments.count
            if let chain = pendingChain, !found.isEmpty, segments[first].openToken == 0 {
                segments[first].chain = chain
            }
            pendingChain = nil
            for index in found where segments[index].chain < 0 {
                segments[index].chain = nextChain
                nextChain += 1
            }
            if let last = found.last, segments[last].closeToken == nil {
                let nextStartsWithOpener = p + 1 < paragraphs.count && startsWithOpener(p + 1, articleMarks, family: family)
                segments[last].continues = nextStartsWithOpener
                if nextStartsWithOpener { pendingChain = segments[last].chain }
            }
        }
        return segments
    }

    /// Pairs one family's marks within a paragraph, appending its segments to `result`; an opener left unclosed
    /// runs to the paragraph end.
    private static func pair(_ marks: ArraySlice<QuoteMark>, tokens: Tokens, paragraph: Int, into result: inout [QuotedSegment]) {
        var open: QuoteMark?
        for mark in marks {
            if let opener = open {
                if mark.canClose {
                    if let segment = segment(tokens, paragraph, open: opener.tokenIndex, close: mark.tokenIndex) { result.append(segment) }
                    open = nil
                } else if mark.canOpen {
                    open = mark
                }
            } else if mark.canOpen {
                open = mark
            }
        }
        if let opener = open, let segment = segment(tokens, paragraph, open: opener.tokenIndex, close: nil) {
            result.append(segment)
        }
    }

    private static func segment(_ tokens: Tokens, _ paragraph: Int, open: Int, close: Int?) -> QuotedSegment? {
        var first = open + 1
        var last = (close ?? tokens.count) - 1
        while first <= last, tokens[first].kind == .quoteMark { first += 1 }
        while last >= first, tokens[last].kind == .quoteMark { last -= 1 }
        guard first <= last else { return nil }
        return QuotedSegment(paragraph: paragraph, openToken: open, closeToken: close,
                             content: Span(tokens[first].span.start, tokens[last].span.end), chain: -1, continues: false)
    }

    /// Whether paragraph `paragraph` opens with a mark of `family` that may open a quote.
    private static func startsWithOpener(_ paragraph: Int, _ marks: ArticleQuoteMarks, family: QuoteMark.Family) -> Bool {
        guard let mark = marks.markAtStart(of: paragraph) else { return false }
        return mark.family == family && mark.canOpen
    }
}

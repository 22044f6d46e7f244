/// Tells direct speech from scare quotes and titles: a short quote with no cue in its sentence is not speech.
enum QuoteFilter {
    /// Whether `segment` is speech worth listing, given its paragraph.
    static func isSpeech(_ segment: QuotedSegment, in paragraph: AnalysedParagraph) -> Bool {
        let tokens = paragraph.tokens
        let inside = Inside(segment, tokens)
        let endsLikeSpeech = inside.last.map { !tokens[$0].written.isDisjoint(with: speechEndings) } ?? false
        if segment.closeToken == nil || segment.openToken == nil { return inside.words >= 2 }
        if inside.words <= 1 {
            return endsLikeSpeech && !tokens.isComma(inside.last ?? 0) && inside.firstWord.map { tokens[$0].kind == .word && !isOrdinal(tokens, $0) } ?? false
        }
        if paragraph.isHeadline { return inside.words >= 2 }
        if inside.isTitleCase, !endsLikeSpeech || (inside.words <= maximumTitleWords && !attributedRightAfter(segment, tokens)) { return false }
        if inside.words >= 4 || endsLikeSpeech { return true }
        return hasCue(near: segment, in: paragraph)
    }

    /// What the filter asks of the tokens inside a quote (those within its content span), read in one pass.
    private struct Inside {
        /// The last token inside.
        var last: Int?
        /// How many words and numbers.
        var words = 0
        /// The first word or number.
        var firstWord: Int?
        /// Whether every word is capitalised, a number or a minor word ("The Lord of the Rings").
        var isTitleCase = true

        init(_ segment: QuotedSegment, _ tokens: Tokens) {
            let first = (segment.openToken ?? -1) + 1, end = max(first, segment.closeToken ?? tokens.count)
            var found = Inside()
            tokens.list.withUnsafeBufferPointer { list in
                precondition(end <= list.count, "quote beyond its paragraph")
                for index in first..<end where segment.content.contains(list[index].span) { found.note(list[index], at: index) }
            }
            self = found
        }

        private init() {}

        /// Counts `token`, the next token inside, at `index`.
        private mutating func note(_ token: Token, at index: Int) {
            last = index
            guard token.kind == .word || token.kind == .number else { return }
            words += 1
            if firstWord == nil { firstWord = index }
            if !(token.isCapitalized || token.kind == .number || token.folded.contains(.minorWord)) { isTitleCase = false }
        }
    }

    /// Marks that end a quote the way speech ends: ".", "?", "!", "…" and ",", told by their bits (no other spelling
    /// is equal to one of them as Strings compare).
    private static let speechEndings: WordSet = [.period, .terminalMark, .comma]

    /// Titles of works and shows in quotation marks are short: "Fox and Friends.", "Women in Power,".
    static let maximumTitleWords = 6

    /// "13th": a number written as a word is a title or a date, not speech.
    private static func isOrdinal(_ tokens: Tokens, _ index: Int) -> Bool {
        tokens.text(index).first?.isNumber ?? false
    }

    /// `"Get Out," he said`: a pronoun or a speech verb right after the closing mark.
    private static func attributedRightAfter(_ segment: QuotedSegment, _ tokens: Tokens) -> Bool {
        guard let close = segment.closeToken else { return false }
        var next = close + 1
        while next < tokens.count, tokens.isComma(next) { next += 1 }   // "," is a punctuation token
        guard next < tokens.count, tokens[next].kind == .word else { return false }
        return tokens[next].folded.contains(.speechVerb) || tokens[next].folded.contains(.subjectPronoun) && ["he", "she"].contains(tokens.lower(next))
    }

    /// A speech verb, "according to" or a colon in the quote's sentence, outside the quote.
    private static func hasCue(near segment: QuotedSegment, in paragraph: AnalysedParagraph) -> Bool {
        guard let open = segment.openToken else { return true }
        let sentence = paragraph.sentence(containing: open)
        return sentence.contains { index in
            let token = paragraph.tokens[index]
            guard !segment.content.contains(token.span) else { return false }
            return (token.kind == .word && (token.folded.contains(.speechVerb) || token.folded.contains(.cueWord)))
                || paragraph.tokens.isColon(index)   // ":" is a punctuation token
        }
    }

    /// Words that may stay lower case in a title ("The Lord of the Rings").
    static let minorWords: Set<String> = ["of", "the", "a", "an", "and", "or", "in", "on", "to", "for", "at", "by", "with", "from"]

    /// Words that mark a partial quote as someone's words: "called it", "described as".
    static let cueWords: Set<String> = ["called", "calls", "calling", "according", "described", "termed", "dubbed", "labelled", "labeled"]
}

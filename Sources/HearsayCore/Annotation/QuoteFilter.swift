/// Tells direct speech from scare quotes and titles: a short quote with no cue in its sentence is not speech.
enum QuoteFilter {
    /// Whether `segment` is speech worth listing, given its paragraph.
    static func isSpeech(_ segment: QuotedSegment, in paragraph: AnalysedParagraph) -> Bool {
        let tokens = paragraph.tokens
        let first = (segment.openToken ?? -1) + 1, end = segment.closeToken ?? tokens.count
        let inside = (first..<max(first, end)).filter { segment.content.contains(tokens[$0].span) }
        let words = inside.filter { tokens[$0].kind == .word || tokens[$0].kind == .number }
        let endsLikeSpeech = inside.last.map { [".", "?", "!", ",", "\u{2026}"].contains(tokens[$0].text) } ?? false
        if segment.closeToken == nil || segment.openToken == nil { return words.count >= 2 }
        if words.count <= 1 {
            return endsLikeSpeech && tokens[inside.last ?? 0].text != "," && words.first.map { tokens[$0].kind == .word && !isOrdinal(tokens[$0]) } ?? false
        }
        if paragraph.isHeadline { return words.count >= 2 }
        let titleCase = words.allSatisfy { tokens[$0].isCapitalized || tokens[$0].kind == .number || tokens[$0].folded.contains(.minorWord) }
        if titleCase, !endsLikeSpeech || (words.count <= maximumTitleWords && !attributedRightAfter(segment, tokens)) { return false }
        if words.count >= 4 || endsLikeSpeech { return true }
        return hasCue(near: segment, in: paragraph)
    }

    /// Titles of works and shows in quotation marks are short: "Fox and Friends.", "Women in Power,".
    static let maximumTitleWords = 6

    /// "13th": a number written as a word is a title or a date, not speech.
    private static func isOrdinal(_ token: Token) -> Bool {
        token.text.first?.isNumber ?? false
    }

    /// `"Get Out," he said`: a pronoun or a speech verb right after the closing mark.
    private static func attributedRightAfter(_ segment: QuotedSegment, _ tokens: [Token]) -> Bool {
        guard let close = segment.closeToken else { return false }
        var next = close + 1
        while next < tokens.count, tokens[next].text == "," { next += 1 }
        guard next < tokens.count, tokens[next].kind == .word else { return false }
        return tokens[next].folded.contains(.speechVerb) || ["he", "she"].contains(tokens[next].lower)
    }

    /// A speech verb, "according to" or a colon in the quote's sentence, outside the quote.
    private static func hasCue(near segment: QuotedSegment, in paragraph: AnalysedParagraph) -> Bool {
        guard let open = segment.openToken else { return true }
        let sentence = paragraph.sentence(containing: open)
        return sentence.contains { index in
            let token = paragraph.tokens[index]
            guard !segment.content.contains(token.span) else { return false }
            return (token.kind == .word && (token.folded.contains(.speechVerb) || token.folded.contains(.cueWord)))
                || token.text == ":"
        }
    }

    /// Words that may stay lower case in a title ("The Lord of the Rings").
    static let minorWords: Set<String> = ["of", "the", "a", "an", "and", "or", "in", "on", "to", "for", "at", "by", "with", "from"]

    /// Words that mark a partial quote as someone's words: "called it", "described as".
    static let cueWords: Set<String> = ["called", "calls", "calling", "according", "described", "termed", "dubbed", "labelled", "labeled"]
}

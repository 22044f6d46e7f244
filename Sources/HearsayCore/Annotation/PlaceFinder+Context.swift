extension PlaceFinder {
    /// A name the gazetteer lacks, placed by its context: "Lockerbie, Scotland", "the Pamir mountains",
    /// "the mining town of Moengo", a dateline "TAVILDARA, Tajikistan". Returns the place and the token after it.
    /// A word never in a name, or a title, begins none: that is asked inline, and most words are answered
    /// without a call.
    @inline(__always)
    func contextualPlace(_ tokens: Tokens, at index: Int, paragraph: AnalysedParagraph, blocked: BlockedSpans) -> (Place, Int)? {
        guard !tokens[index].written.contains(.nonName), !tokens[index].written.contains(.title) else { return nil }
        return contextualName(tokens, at: index, paragraph: paragraph, blocked: blocked)
    }

    /// `contextualPlace` at a token that may begin a name.
    private func contextualName(_ tokens: Tokens, at index: Int, paragraph: AnalysedParagraph, blocked: BlockedSpans) -> (Place, Int)? {
        var end = index + 1
        while end < tokens.count, end < index + 4, tokens[end].isCapitalized || tokens[end].written.contains(.nameParticle),
              !blocked.overlaps(tokens[end].span) { end += 1 }
        while end > index + 1, !tokens[end - 1].isCapitalized { end -= 1 }
        let isPlace: Bool
        if end - index >= 2, tokens[end - 1].written.contains(.featureHead) || tokens[index].written.contains(.featureLead) {
            isPlace = true
        } else if tokens[index..<end].contains(where: { $0.written.contains(.organisationHead) || $0.written.contains(.title) }) {
            return nil
        } else {
            isPlace = placedByContext(tokens, index..<end, paragraph: paragraph)
        }
        // People and peoples ("Kurdish") are no places; asked last, as these lists are hashed.
        guard isPlace, !people.isKey(tokens.text(index)), !lexicon.names.isDemonym(tokens.text(index)) else { return nil }
        return (place(tokens, index..<end), end)
    }

    /// Whether the words around the unknown name `range` make it a place.
    private func placedByContext(_ tokens: Tokens, _ range: Range<Int>, paragraph: AnalysedParagraph) -> Bool {
        let index = range.lowerBound, end = range.upperBound
        // The words asked about are all `locativeWords`: a token without the bit is none of them, its text unread.
        // "the mining town of Moengo"
        if index >= 2, tokens.isLower(index - 1, "of", in: .locative), Self.isSettlementNoun(tokens, at: index - 2) { return true }
        guard end < tokens.count else { return false }
        // Whether a sentence starts at the name: asked only where it matters (a binary search).
        var sentenceStart: Bool { Self.startsSentence(paragraph, at: index) }
        // "the Pamir mountains"
        if tokens[end].kind == .word, tokens[end].folded.contains(.featureNoun), !sentenceStart { return true }
        guard end + 1 < tokens.count else { return false }
        // "Lockerbie, Scotland"; a dateline "TAVILDARA, Tajikistan"
        if tokens.isComma(end), let region = lexicon.gazetteer.longestName(tokens, from: end + 1, titleCased: true),
           region.kind == .country || region.kind == .state, !sentenceStart || tokens[index].isAllCaps {
            return true
        }
        // "X near City", "X outside City": a town near a large place
        if tokens[end].folded.contains(.locative), tokens.lower(end).equals("near") || tokens.lower(end).equals("outside"),
           !sentenceStart, let anchor = lexicon.gazetteer.longestName(tokens, from: end + 1, titleCased: true),
           anchor.kind != .city || anchor.population >= 100_000 {
            return true
        }
        return false
    }

    /// Whether token `index` is "town", "village" or "city", the nouns of "the mining town of Moengo" (all
    /// `locativeWords`: the bit is tested before the text is read).
    private static func isSettlementNoun(_ tokens: Tokens, at index: Int) -> Bool {
        guard tokens[index].folded.contains(.locative) else { return false }
        let word = tokens.lower(index)
        return word.equals("town") || word.equals("village") || word.equals("city")
    }
}

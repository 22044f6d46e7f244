/// Finds place mentions with the gazetteer and context rules, outside the names of people and organisations.
struct PlaceFinder {
    let lexicon: Lexicon

    /// Prepositions that make a capitalised common word a place: "in Reading".
    static let locativePrepositions: Set<String> = [
        "in", "at", "from", "near", "to", "into", "outside", "across", "around", "throughout", "toward", "towards",
        "via", "through", "of", "visited", "visit", "within", "inside", "between", "and",
    ]

    /// Places in one paragraph; `blocked` are spans of people and organisations.
    func places(in paragraph: AnalysedParagraph, blocked: [Span]) -> [Place] {
        let tokens = paragraph.tokens
        let words = tokens.map { lookupForm($0) }
        var result: [Place] = []
        var index = 0
        while index < tokens.count {
            if blocked.contains(where: { $0.overlaps(tokens[index].span) }) || !tokens[index].isCapitalized {
                index += 1
                continue
            }
            if let organisation = organisationLength(words, at: index) {
                index += organisation
                continue
            }
            if let entry = lexicon.gazetteer.longestMatch(words, from: index) {
                var end = index + entry.words.count
                end = extendedEnd(tokens, entry: entry, end: end)
                if !blocked.contains(where: { $0.overlaps(Span(tokens[index].span.start, tokens[end - 1].span.end)) }),
                   accept(entry, tokens: tokens, start: index, end: end, paragraph: paragraph) {
                    result.append(place(tokens, index..<end))
                }
                index = end
                continue
            }
            if let compound = hyphenPlace(tokens[index]) { result.append(compound) }
            else if let west = regionAfterThe(tokens, at: index) { result.append(west) }
            index += 1
        }
        return result
    }

    /// The form a token is looked up by: datelines in capitals ("LISBON") as the name is written ("Lisbon").
    private func lookupForm(_ token: Token) -> String {
        guard token.isAllCaps, token.text.count > 3, !token.text.contains(".") else { return token.text }
        return token.text.split(separator: "-").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: "-")
    }

    /// How many words a known organisation spans at `index` ("Islamic State"), if one starts there.
    private func organisationLength(_ words: [String], at index: Int) -> Int? {
        for length in stride(from: min(4, words.count - index), through: 1, by: -1) {
            let phrase = words[index..<(index + length)].joined(separator: " ")
            if WordLists.organisations.contains(phrase) { return length }
        }
        return nil
    }

    /// "Washington DC", "Washington, D.C.": a city followed by its district or state abbreviation.
    private func extendedEnd(_ tokens: [Token], entry: Gazetteer.Entry, end: Int) -> Int {
        guard entry.kind == .city, end < tokens.count else { return end }
        if ["DC", "D.C."].contains(tokens[end].text) { return end + 1 }
        return end
    }

    private func accept(_ entry: Gazetteer.Entry, tokens: [Token], start: Int, end: Int, paragraph: AnalysedParagraph) -> Bool {
        let previous = start > 0 ? tokens[start - 1] : nil
        let next = end < tokens.count ? tokens[end] : nil
        if let next, next.isCapitalized, WordLists.organisationHeads.contains(next.text) { return false }
        if let next, next.isCapitalized, !next.isAllCaps, entry.words.count == 1, lexicon.gazetteer.longestMatch([next.text], from: 0) == nil,
           !WordLists.titleWords.contains(next.text), !(tokens[start].isAllCaps) { return false }
        if start >= 2, tokens[start - 1].lower == "of", WordLists.organisationOfHeads.contains(tokens[start - 2].text) { return false }
        if let previous, previous.kind == .word, previous.isCapitalized, !previous.isAllCaps,
           !WordLists.nonNameWords.contains(previous.text), !WordLists.titleWords.contains(previous.text),
           lexicon.gazetteer.longestMatch([previous.text], from: 0) == nil, !lexicon.demonyms.contains(previous.text) { return false }
        let locative = previous.map { Self.locativePrepositions.contains($0.lower) } ?? false
        let sentenceStart = paragraph.sentences.contains { $0.lowerBound == start }
        if entry.isCalendarWord { return false }
        if entry.isCommonWord { return locative && !sentenceStart }
        switch entry.kind {
        case .country, .state, .continent, .region, .feature: return true
        case .city:
            if entry.isPersonName { return locative || entry.population >= 1_000_000 || tokens[start].isAllCaps }
            return entry.population >= 100_000 || locative || tokens[start].isAllCaps
        }
    }

    /// "US-led", "London-based": the place before the hyphen.
    private func hyphenPlace(_ token: Token) -> Place? {
        guard token.kind == .word, let hyphen = token.text.firstIndex(of: "-") else { return nil }
        let head = String(token.text[..<hyphen])
        guard let entry = lexicon.gazetteer.longestMatch([head], from: 0), !entry.isCommonWord, !entry.isPersonName || entry.kind != .city
        else { return nil }
        let length = head.unicodeScalars.count
        return Place(span: Span(token.span.start, token.span.start + length), text: head)
    }

    /// "the West", "the East": a compass region after "the".
    private func regionAfterThe(_ tokens: [Token], at index: Int) -> Place? {
        guard ["West", "East", "Midwest"].contains(tokens[index].text), index > 0, tokens[index - 1].lower == "the" else { return nil }
        if index + 1 < tokens.count, tokens[index + 1].isCapitalized { return nil }
        return place(tokens, index..<(index + 1))
    }

    private func place(_ tokens: [Token], _ range: Range<Int>) -> Place {
        Place(span: Span(tokens[range.lowerBound].span.start, tokens[range.upperBound - 1].span.end),
              text: NameRunFinder.joined(tokens, range))
    }
}

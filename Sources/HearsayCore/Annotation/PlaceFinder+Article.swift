extension PlaceFinder {
    /// The places of an article, paragraph by paragraph: those found by the gazetteer and by context
    /// (`appendPlaces`), each paragraph's followed by its other mentions of the one-word names found so
    /// (`repeats`); never within the names of `persons`' people and organisations.
    func places(in paragraphs: [AnalysedParagraph], persons: PersonAnalysis) -> [Place] {
        // Per paragraph, where its places and its capitalised tokens end in these arrays.
        var found: [Place] = [], ends: [Int] = [], capitalised: [Int] = [], capitalisedEnds: [Int] = []
        ends.reserveCapacity(paragraphs.count)
        capitalisedEnds.reserveCapacity(paragraphs.count)
        var firstWords = SpellingMemo()
        for number in paragraphs.indices {
            appendPlaces(in: paragraphs[number], blocked: Self.blocked(number, persons), to: &found, capitalised: &capitalised,
                         firstWords: &firstWords)
            ends.append(found.count)
            capitalisedEnds.append(capitalised.count)
        }
        var known = KnownPlaceNames(found)
        guard !known.isEmpty else { return found }
        // Other mentions are rare: the places found are copied only when some paragraph has one.
        var result: [Place] = [], copied = 0, hasRepeats = false
        for number in paragraphs.indices {
            let start = number > 0 ? ends[number - 1] : 0
            let more = repeats(of: &known, in: paragraphs[number], blocked: Self.blocked(number, persons),
                               found: found[start..<ends[number]],
                               capitalised: capitalised[(number > 0 ? capitalisedEnds[number - 1] : 0)..<capitalisedEnds[number]])
            guard !more.isEmpty else { continue }
            hasRepeats = true
            result += found[copied..<ends[number]]
            result += more
            copied = ends[number]
        }
        guard hasRepeats else { return found }
        result += found[copied...]
        return result
    }

    /// The spans of paragraph `number` that no place may overlap.
    private static func blocked(_ number: Int, _ persons: PersonAnalysis) -> BlockedSpans {
        BlockedSpans(mentions: persons.mentions[number], spans: persons.organisationSpans[number])
    }
}

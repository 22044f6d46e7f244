extension PlaceFinder {
    /// The places of an article, paragraph by paragraph: those found by the gazetteer and by context
    /// (`appendPlaces`), each paragraph's followed by its other mentions of the one-word names found so
    /// (`repeats`); never within the names of `persons`' people and organisations.
    func places(in paragraphs: [AnalysedParagraph], persons: PersonAnalysis) -> [Place] {
        guard let words = paragraphs.first?.tokens.words else { return [] }
        // Per paragraph, where its places end in `found`.
        var found: [Place] = [], ends: [Int] = []
        var candidates = MentionCandidates(paragraphs: paragraphs.count), names = PlaceNameFilter()
        ends.reserveCapacity(paragraphs.count)
        found.reserveCapacity(Self.placesPerArticle)
        // Read in place: a paragraph passed from the array's storage is not copied (nor its arrays retained).
        paragraphs.withUnsafeBufferPointer { paragraphs in
            for number in paragraphs.indices {
                appendPlaces(in: paragraphs[number], blocked: Self.blocked(number, persons), to: &found,
                             names: &names, candidates: &candidates)
                ends.append(found.count)
                candidates.endParagraph()
            }
        }
        guard names.hasNames else { return found }
        var known = KnownPlaceNames(found, filter: names)
        // Other mentions are rare: the places found are copied only when some paragraph has one.
        var result: [Place] = [], copied = 0, hasRepeats = false
        for number in paragraphs.indices {
            let range = candidates.paragraph(number)
            guard candidates.spellings[range].contains(where: { known.mayName(asciiQuickBit: words.facts($0).asciiQuickBit) })
            else { continue }
            let start = number > 0 ? ends[number - 1] : 0
            let more = repeats(of: &known, in: paragraphs[number], blocked: Self.blocked(number, persons),
                               found: found[start..<ends[number]], capitalised: candidates.indices[range])
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

    /// Room for places an article has at first: most have fewer.
    private static let placesPerArticle = 32

    /// The spans of paragraph `number` that no place may overlap.
    private static func blocked(_ number: Int, _ persons: PersonAnalysis) -> BlockedSpans {
        BlockedSpans(mentions: persons.mentions[number], spans: persons.organisationSpans(in: number))
    }
}

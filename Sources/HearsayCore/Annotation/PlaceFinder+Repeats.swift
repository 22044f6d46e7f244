extension PlaceFinder {
    /// One sense per article: the one-word names found as places whose form says nothing else
    /// (not ordinary words, not people), so that their other mentions are places too.
    func namesKnownByContext(_ places: [Place]) -> KnownPlaceNames {
        let oneWord = Set(places.lazy.map(\.text).filter { !$0.contains(" ") })
        return KnownPlaceNames(Set(oneWord.filter { name in
            !personKeys.contains(name) && !lexicon.commonWords.contains(name.lowercased())
        }.map(KnownPlaceNames.normalised)))
    }

    /// Other mentions, in `paragraph`, of names already known as places: "Tavildara" after "TAVILDARA, Tajikistan".
    /// `blocked` are spans of people and organisations, `found` the paragraph's places.
    func repeats(of names: KnownPlaceNames, in paragraph: AnalysedParagraph, blocked: [Span], found: [Place]) -> [Place] {
        guard !names.isEmpty else { return [] }
        let tokens = paragraph.tokens
        var result: [Place] = []
        for index in tokens.indices where tokens[index].isCapitalized && names.contains(tokens[index]) {
            let span = tokens[index].span
            guard !Self.isBlocked(span, by: blocked), !found.contains(where: { $0.span.overlaps(span) }),
                  !partOfOrganisationName(tokens, start: index, end: index + 1),
                  !followsUnknownName(tokens, start: index, words: 1) else { continue }
            result.append(place(tokens, index..<(index + 1)))
        }
        return result
    }
}

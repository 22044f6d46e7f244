extension PlaceFinder {
    /// Other mentions, in `paragraph`, of names already known as places: "Tavildara" after "TAVILDARA, Tajikistan"
    /// (one sense per article: see `showsPlace`). `blocked` are spans of people and organisations, `found` the
    /// paragraph's places; only the tokens `capitalised` are asked about (in order: the indices of the paragraph's
    /// capitalised tokens, or more).
    func repeats(of names: inout KnownPlaceNames, in paragraph: AnalysedParagraph, blocked: BlockedSpans,
                 found: ArraySlice<Place>, capitalised: ArraySlice<Int>) -> [Place] {
        guard !names.isEmpty else { return [] }
        let tokens = paragraph.tokens
        var result: [Place] = []
        for index in capitalised where tokens[index].isCapitalized {
            let span = tokens[index].span, text = tokens.text(index)
            let isASCII = text.utf8.count == span.length
            // Most words are ruled out by their length or hash; then people, organisations and places already
            // found, before the name is made.
            guard names.mayName(text, isASCII: isASCII), !blocked.overlaps(span),
                  !found.contains(where: { $0.span.overlaps(span) }),
                  let name = names.name(of: text, isASCII: isASCII),
                  !partOfOrganisationName(tokens, start: index, end: index + 1),
                  !followsUnknownName(tokens, start: index, words: 1),
                  names.counts(name, shownBy: showsPlace) else { continue }
            result.append(place(tokens, index..<(index + 1)))
        }
        return result
    }

    /// Whether a one-word text found as a place says nothing else by its form: no ordinary word, no person.
    private func showsPlace(_ text: String) -> Bool {
        !lexicon.commonWords.contains(text.lowercased()) && !people.isKey(text)
    }
}

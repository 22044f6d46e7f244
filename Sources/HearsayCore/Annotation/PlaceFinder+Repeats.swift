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
            // The paragraph's places first (few, and no text is read); then most words are ruled out by their
            // length or hash; then people and organisations, before the name is made.
            let span = tokens[index].span
            guard !found.contains(where: { $0.span.overlaps(span) }),
                  names.mayName(asciiQuickBit: tokens.facts(index).asciiQuickBit) else { continue }
            let text = tokens.text(index), isASCII = text.utf8.count == span.length
            guard !blocked.overlaps(span),
                  let name = names.name(of: text, lowerWord: tokens[index].lowerWord, isASCII: isASCII),
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

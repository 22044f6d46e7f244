/// Finds place mentions with the gazetteer and context rules, outside the names of people and organisations.
struct PlaceFinder {
    let lexicon: Lexicon
    /// Surname keys of the people in the article: a capitalised word that is one of them is a person.
    let personKeys: Set<String>

    /// Words before a capitalised common word that make it a place: "in Reading", "the city of Nice".
    static let locativeWords: Set<String> = [
        "in", "at", "from", "near", "to", "into", "outside", "across", "around", "throughout", "toward", "towards",
        "via", "through", "of", "visited", "visit", "within", "inside", "off", "between", "beside", "along", "past",
        "beyond", "over",
        "city", "town", "village", "capital", "port", "province", "region", "state", "county", "district",
    ]

    /// Lower-case nouns after an unknown name that make it a place: "the Pamir mountains", "Stansted airport".
    static let featureNouns: Set<String> = [
        "mountains", "mountain", "province", "region", "river", "valley", "district", "county", "airport", "island",
        "islands", "desert", "lake", "peninsula", "airbase", "oblast", "governorate", "prefecture", "canton",
        "municipality", "township", "village", "border", "coast", "gorge", "strait", "plateau",
    ]

    /// Capitalised words that end the name of a geographic feature: "Guanabara Bay", "Pamir Mountains".
    static let featureHeads: Set<String> = [
        "River", "Bay", "Sea", "Lake", "Mountains", "Mountain", "Valley", "Island", "Islands", "Strait", "Peninsula",
        "Desert", "Canyon", "Falls", "Coast", "Gulf", "Ocean", "Hills", "Heights", "Plain", "Plains", "Basin", "Delta",
        "Glacier", "Creek", "Range", "Forest", "Marshes", "Highlands", "Lowlands",
    ]

    /// Capitalised words that begin the name of a geographic feature: "River Kennet", "Mount Kenya".
    static let featureLeads: Set<String> = ["River", "Lake", "Mount", "Mt.", "Gulf", "Bay", "Cape", "Cap", "Isle", "Sierra"]

    /// Places in one paragraph; `blocked` are spans of people and organisations.
    func places(in paragraph: AnalysedParagraph, blocked: [Span]) -> [Place] {
        let tokens = paragraph.tokens
        let written = tokens.map(\.text)
        let titled = tokens.map { titleCased($0) }
        var result: [Place] = []
        var index = 0
        while index < tokens.count {
            if blocked.contains(where: { $0.overlaps(tokens[index].span) }) || !tokens[index].isCapitalized {
                index += 1
                continue
            }
            if let organisation = organisationLength(written, at: index) {
                index += organisation
                continue
            }
            if let entry = longestMatch(written, titled, at: index) {
                let end = extendedEnd(tokens, entry: entry, end: index + entry.words.count)
                var start = entry.words.count > 1 && ["The", "the"].contains(entry.words[0]) ? index + 1 : index
                if entry.kind == .country { start = formalNameStart(tokens, before: start) }
                if !blocked.contains(where: { $0.overlaps(Span(tokens[index].span.start, tokens[end - 1].span.end)) }),
                   accept(entry, tokens: tokens, start: index, end: end, paragraph: paragraph) {
                    result.append(place(tokens, start..<end))
                } else if let (found, stop) = contextualPlace(tokens, titled, at: index, paragraph: paragraph, blocked: blocked) {
                    result.append(found)
                    index = stop
                    continue
                }
                index = end
                continue
            }
            if let (found, end) = contextualPlace(tokens, titled, at: index, paragraph: paragraph, blocked: blocked) {
                result.append(found)
                index = end
                continue
            }
            if let compound = hyphenPlace(tokens[index]) {
                result.append(compound)
            } else if let west = regionAfterThe(tokens, at: index) {
                result.append(west)
            }
            index += 1
        }
        return result
    }

    /// The longest gazetteer name at `index`, as written or (for capitals) as names are usually written.
    private func longestMatch(_ written: [String], _ titled: [String], at index: Int) -> Gazetteer.Entry? {
        let plain = lexicon.gazetteer.longestMatch(written, from: index)
        guard written[index] != titled[index], let capitals = lexicon.gazetteer.longestMatch(titled, from: index) else { return plain }
        return (plain?.words.count ?? 0) >= capitals.words.count ? plain : capitals
    }

    /// Datelines in capitals ("NEW YORK") as the name is usually written ("New York"); other tokens unchanged.
    private func titleCased(_ token: Token) -> String {
        guard token.isAllCaps, !token.text.contains(".") else { return token.text }
        return token.text.split(separator: "-", omittingEmptySubsequences: false)
            .map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: "-")
    }

    /// How many words a known organisation spans at `index` ("Islamic State"), if one starts there.
    private func organisationLength(_ words: [String], at index: Int) -> Int? {
        guard WordLists.organisationFirstWords.contains(words[index]) else { return nil }
        for length in stride(from: min(4, words.count - index), through: 1, by: -1) {
            let phrase = words[index..<(index + length)].joined(separator: " ")
            if WordLists.organisations.contains(phrase) { return length }
        }
        return nil
    }

    /// "Washington DC", "Washington, D.C.": a city followed by its district abbreviation.
    private func extendedEnd(_ tokens: [Token], entry: Gazetteer.Entry, end: Int) -> Int {
        guard entry.kind == .city || entry.kind == .state, end < tokens.count else { return end }
        if ["DC", "D.C."].contains(tokens[end].text) { return end + 1 }
        if end + 1 < tokens.count, tokens[end].text == ",", tokens[end + 1].text == "D.C." { return end + 2 }
        return end
    }

    private func accept(_ entry: Gazetteer.Entry, tokens: [Token], start: Int, end: Int, paragraph: AnalysedParagraph) -> Bool {
        if partOfOrganisationName(tokens, start: start, end: end) { return false }
        if followsUnknownName(tokens, start: start, words: entry.words.count) { return false }
        let locative = start > 0 && tokens[start - 1].folded.contains(.locative)
        let sentenceStart = paragraph.sentences.contains { $0.lowerBound == start }
        if entry.isCalendarWord { return false }
        switch entry.kind {
        case .country, .state, .continent, .region: return true
        case .feature: return !entry.isCommonWord || !sentenceStart
        case .city:
            if entry.isCommonWord { return locative && !sentenceStart || tokens[start].isAllCaps }
            if entry.isPersonName { return locative || entry.population >= 1_000_000 || tokens[start].isAllCaps }
            return entry.population >= 100_000 || locative || tokens[start].isAllCaps
        }
    }

    /// "New York Times", "U.S. Treasury Department", "Bank of England": the place names an organisation.
    private func partOfOrganisationName(_ tokens: [Token], start: Int, end: Int) -> Bool {
        var next = end
        while next < min(tokens.count, end + 5) {
            let token = tokens[next]
            // "Toronto Bond Traders' Association": a plural possessive mark stays inside the name.
            if token.kind == .quoteMark, token.text == "'" || token.text == "\u{2019}", !token.spaceBefore, next + 1 < tokens.count,
               tokens[next + 1].isCapitalized {
                next += 1
                continue
            }
            guard token.isCapitalized, !token.written.contains(.title) else { break }
            if token.written.contains(.organisationHead) { return true }
            next += 1
        }
        return start >= 2 && ["of", "in", "for"].contains(tokens[start - 1].lower)
            && tokens[start - 2].written.contains(.organisationOfHead)
    }

    /// "Maria Lincoln": an unknown capitalised word right before a one-word place makes it a name.
    private func followsUnknownName(_ tokens: [Token], start: Int, words: Int) -> Bool {
        guard start > 0, words == 1 else { return false }
        let previous = tokens[start - 1]
        guard previous.kind == .word, previous.isCapitalized, !previous.isAllCaps else { return false }
        return !previous.written.contains(.nonName) && !previous.written.contains(.title)
            && lexicon.gazetteer.longestMatch([previous.text], from: 0) == nil && !lexicon.demonyms.contains(previous.text)
            && !personKeys.contains(previous.text) && !previous.written.contains(.headlineVerb)
    }

    /// A name the gazetteer lacks, placed by its context: "Lockerbie, Scotland", "the Pamir mountains",
    /// "the mining town of Moengo", a dateline "TAVILDARA, Tajikistan".
    private func contextualPlace(_ tokens: [Token], _ titled: [String], at index: Int, paragraph: AnalysedParagraph,
                                 blocked: [Span]) -> (Place, Int)? {
        guard !tokens[index].written.contains(.nonName), !personKeys.contains(tokens[index].text),
              !lexicon.demonyms.contains(tokens[index].text), !tokens[index].written.contains(.title) else { return nil }
        var end = index + 1
        while end < tokens.count, end < index + 4, tokens[end].isCapitalized || tokens[end].written.contains(.nameParticle),
              !blocked.contains(where: { $0.overlaps(tokens[end].span) }) { end += 1 }
        while end > index + 1, !tokens[end - 1].isCapitalized { end -= 1 }
        let words = tokens[index..<end].map(\.text)
        if words.count >= 2, let first = words.first, let last = words.last,
           Self.featureHeads.contains(last) || Self.featureLeads.contains(first) {
            return (place(tokens, index..<end), end)
        }
        if words.contains(where: { WordLists.organisationHeads.contains($0) || WordLists.titleWords.contains($0) }) { return nil }
        let sentenceStart = paragraph.sentences.contains { $0.lowerBound == index }
        let afterTownOf = index >= 2 && tokens[index - 1].lower == "of" && ["town", "village", "city"].contains(tokens[index - 2].lower)
        var isPlace = afterTownOf
        if end + 1 < tokens.count, tokens[end].text == ",", let region = lexicon.gazetteer.longestMatch(titled, from: end + 1),
           [.country, .state].contains(region.kind), !sentenceStart || tokens[index].isAllCaps {
            isPlace = true
        }
        if end < tokens.count, tokens[end].kind == .word, tokens[end].folded.contains(.featureNoun), !sentenceStart { isPlace = true }
        if end + 1 < tokens.count, ["near", "outside"].contains(tokens[end].lower), !sentenceStart,
           let anchor = lexicon.gazetteer.longestMatch(titled, from: end + 1), anchor.kind != .city || anchor.population >= 100_000 {
            isPlace = true
        }
        guard isPlace else { return nil }
        return (place(tokens, index..<end), end)
    }

    /// "Federal Republic of Yugoslavia", "People's Republic of China": where the formal name of a country begins.
    private func formalNameStart(_ tokens: [Token], before start: Int) -> Int {
        var cursor = start
        if cursor > 0, tokens[cursor - 1].lower == "the" { cursor -= 1 }
        guard cursor >= 2, tokens[cursor - 1].lower == "of", tokens[cursor - 2].written.contains(.formalHead) else { return start }
        var begin = cursor - 2
        while begin > 0, tokens[begin - 1].isCapitalized || tokens[begin - 1].kind == .possessive,
              !tokens[begin - 1].written.contains(.nonName) { begin -= 1 }
        return begin
    }

    /// The words that head the formal name of a state: "Republic", "Kingdom".
    static let formalHeads: Set<String> = ["Republic", "Kingdom", "Federation", "Emirates", "Commonwealth", "Principality", "Sultanate", "Emirate"]

    /// "US-led", "London-based": the place before the hyphen.
    private func hyphenPlace(_ token: Token) -> Place? {
        guard token.kind == .word, let hyphen = token.text.firstIndex(of: "-") else { return nil }
        let head = String(token.text[..<hyphen])
        guard let entry = lexicon.gazetteer.longestMatch([head], from: 0), !entry.isCommonWord,
              !entry.isPersonName || entry.kind != .city || entry.population >= 100_000 else { return nil }
        return Place(span: Span(token.span.start, token.span.start + head.unicodeScalars.count), text: head)
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

    /// One sense per article: the one-word names found as places whose form says nothing else
    /// (not ordinary words, not people), so that their other mentions are places too.
    func namesKnownByContext(_ places: [Place]) -> Set<String> {
        Set(places.map(\.text).filter { name in
            !name.contains(" ") && !lexicon.commonWords.contains(name.lowercased()) && !personKeys.contains(name)
        }.map(Self.normalised))
    }

    /// Other mentions, in `paragraph`, of names already known as places: "Tavildara" after "TAVILDARA, Tajikistan".
    func repeats(of names: Set<String>, in paragraph: AnalysedParagraph, blocked: [Span]) -> [Place] {
        guard !names.isEmpty else { return [] }
        return paragraph.tokens.indices.compactMap { index in
            let token = paragraph.tokens[index]
            guard token.isCapitalized, names.contains(Self.normalised(token.text)),
                  !blocked.contains(where: { $0.overlaps(token.span) }),
                  !partOfOrganisationName(paragraph.tokens, start: index, end: index + 1),
                  !followsUnknownName(paragraph.tokens, start: index, words: 1) else { return nil }
            return place(paragraph.tokens, index..<(index + 1))
        }
    }

    /// A name as usually written, for comparing "TAVILDARA" with "Tavildara".
    private static func normalised(_ name: String) -> String {
        name.prefix(1).uppercased() + name.dropFirst().lowercased()
    }
}

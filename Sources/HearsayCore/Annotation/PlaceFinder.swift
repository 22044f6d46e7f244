/// Finds place mentions with the gazetteer and context rules, outside the names of people and organisations.
struct PlaceFinder {
    let lexicon: Lexicon
    /// The people of the article: a capitalised word that is one of their keys (`PersonRegistry.isKey`) is a person.
    let people: PersonRegistry

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

    /// Appends the places of one paragraph to `result` and to `names`, and to `candidates` its capitalised tokens
    /// that may be other mentions of places (`repeats` asks only about those): not those `blocked` where a place
    /// is read, nor those within the place then found.
    func appendPlaces(in paragraph: AnalysedParagraph, blocked: BlockedSpans, to result: inout [Place],
                      names: inout PlaceNameFilter, candidates: inout MentionCandidates) {
        let tokens = paragraph.tokens
        // Most tokens are lower-case words: one flag test each.
        var index = tokens.firstCapitalised(from: 0)
        while index < tokens.count {
            guard !blocked.overlaps(tokens[index].span) else {
                index = tokens.firstCapitalised(from: index + 1)
                continue
            }
            let placesBefore = result.count
            let next = readPlace(tokens, at: index, paragraph: paragraph, blocked: blocked, to: &result)
            var placeRead = Span(0, 0)
            if result.count > placesBefore {
                placeRead = result[placesBefore].span
                if tokens[index].span == placeRead {
                    names.add(token: index, of: tokens)
                } else {
                    names.add(text: result[placesBefore].text)
                }
            }
            for read in index..<next where tokens[read].isCapitalized && !placeRead.overlaps(tokens[read].span) {
                candidates.append(read, spelling: tokens[read].word)
            }
            index = tokens.firstCapitalised(from: next)
        }
    }

    /// Reads what begins at the capitalised token `index` (an organisation, a gazetteer name, a place known by its
    /// context, a place before a hyphen, a region after "the"), appends a place found to `result`, and returns
    /// the index of the token after what was read.
    private func readPlace(_ tokens: Tokens, at index: Int, paragraph: AnalysedParagraph, blocked: BlockedSpans,
                           to result: inout [Place]) -> Int {
        if tokens[index].written.contains(.organisationFirstWord), let organisation = organisationLength(tokens, at: index) {
            return index + organisation
        }
        if Self.mayBeginName(tokens, at: index), let entry = longestMatch(tokens, at: index) {
            let end = extendedEnd(tokens, entry: entry, end: index + entry.wordCount)
            var start = entry.beginsWithThe ? index + 1 : index
            if entry.kind == .country { start = formalNameStart(tokens, before: start) }
            if !blocked.overlaps(Span(tokens[index].span.start, tokens[end - 1].span.end)),
               accept(entry, tokens: tokens, start: index, end: end, paragraph: paragraph) {
                result.append(place(tokens, start..<end))
            } else if let (found, stop) = contextualPlace(tokens, at: index, paragraph: paragraph, blocked: blocked) {
                result.append(found)
                return stop
            }
            return end
        }
        if let (found, end) = contextualPlace(tokens, at: index, paragraph: paragraph, blocked: blocked) {
            result.append(found)
            return end
        }
        if tokens[index].hasHyphen, let compound = hyphenPlace(tokens, at: index) {
            result.append(compound)
        } else if Self.mayBeRegion(tokens[index]), let west = regionAfterThe(tokens, at: index) {
            result.append(west)
        }
        return index + 1
    }

    /// Whether a sentence of `paragraph` begins at token `index` (the sentences are in order: a binary search).
    static func startsSentence(_ paragraph: AnalysedParagraph, at index: Int) -> Bool {
        let sentences = paragraph.sentences
        var low = 0, high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].lowerBound < index { low = middle + 1 } else { high = middle }
        }
        return low < sentences.count && sentences[low].lowerBound == index
    }

    /// Whether a gazetteer name may begin at the capitalised token `index` (`longestMatch` finds none otherwise):
    /// its spelling begins one, or it is in capitals, whose usual form may. Most capitalised words begin none.
    @inline(__always)
    private static func mayBeginName(_ tokens: Tokens, at index: Int) -> Bool {
        tokens.facts(index).placeFirstWord != WordFacts.beginsNoPlace || tokens[index].isAllCaps
    }

    /// The longest gazetteer name at the capitalised token `index`, as written or (for capitals) as names are
    /// usually written. Its spelling's facts tell which names begin with it (`WordFacts.placeFirstWord`).
    private func longestMatch(_ tokens: Tokens, at index: Int) -> Gazetteer.Name? {
        let firstWord = tokens.facts(index).placeFirstWord
        let plain = firstWord == WordFacts.beginsNoPlace ? nil
            : lexicon.gazetteer.longestName(tokens, from: index, firstWord: Int(firstWord))
        guard tokens[index].isAllCaps else { return plain }
        let titled = tokens.titleCased(index)
        guard titled != tokens.text(index),
              let capitals = lexicon.gazetteer.longestName(tokens, from: index, titleCasedFirst: titled) else { return plain }
        return (plain?.wordCount ?? 0) >= capitals.wordCount ? plain : capitals
    }

    /// How many words a known organisation spans at `index` ("Islamic State"), if one starts there (only a
    /// token of `organisationFirstWord` may begin one): only phrases as long as an organisation that begins
    /// with the token's word are made.
    func organisationLength(_ tokens: Tokens, at index: Int) -> Int? {
        guard let lengths = Self.organisationLengths[tokens.text(index)] else { return nil }
        for length in stride(from: min(4, tokens.count - index), through: 1, by: -1) where lengths & 1 << length != 0 {
            let phrase = String(joining: length, piece: { tokens.text(index + $0) }, spaceBefore: { _ in true })
            if WordLists.organisations.contains(phrase) { return length }
        }
        return nil
    }

    /// The numbers of words of the known organisations by their first word, bit n set for n words. A phrase
    /// equals an organisation only word for word with as many words (no character is a space, or stands for
    /// one, under canonical equivalence, and no token holds one), so its first word finds the lengths it may have.
    private static let organisationLengths: [String: UInt64] = {
        var lengths: [String: UInt64] = [:]
        for name in WordLists.organisations {
            let words = name.split(separator: " ")
            if let first = words.first, words.count < UInt64.bitWidth { lengths[String(first), default: 0] |= 1 << words.count }
        }
        return lengths
    }()

    /// "Washington DC", "Washington, D.C.": a city followed by its district abbreviation.
    private func extendedEnd(_ tokens: Tokens, entry: Gazetteer.Name, end: Int) -> Int {
        guard entry.kind == .city || entry.kind == .state, end < tokens.count else { return end }
        if tokens.textEquals(end, "DC") || tokens.textEquals(end, "D.C.") { return end + 1 }
        if end + 1 < tokens.count, tokens.isComma(end), tokens.textEquals(end + 1, "D.C.") { return end + 2 }
        return end
    }

    private func accept(_ entry: Gazetteer.Name, tokens: Tokens, start: Int, end: Int, paragraph: AnalysedParagraph) -> Bool {
        if entry.isCalendarWord { return false }
        if partOfOrganisationName(tokens, start: start, end: end) { return false }
        if followsUnknownName(tokens, start: start, words: entry.wordCount) { return false }
        let locative = start > 0 && tokens[start - 1].folded.contains(.locative)
        switch entry.kind {
        case .country, .state, .continent, .region: return true
        case .feature: return !entry.isCommonWord || !Self.startsSentence(paragraph, at: start)
        case .city:
            if entry.isCommonWord { return locative && !Self.startsSentence(paragraph, at: start) || tokens[start].isAllCaps }
            if entry.isPersonName { return locative || entry.population >= 1_000_000 || tokens[start].isAllCaps }
            return entry.population >= 100_000 || locative || tokens[start].isAllCaps
        }
    }

    /// "New York Times", "U.S. Treasury Department", "Bank of England": the place names an organisation.
    func partOfOrganisationName(_ tokens: Tokens, start: Int, end: Int) -> Bool {
        var next = end
        while next < min(tokens.count, end + 5) {
            // "Toronto Bond Traders' Association": a plural possessive mark stays inside the name.
            if tokens[next].kind == .quoteMark, tokens.text(next) == "'" || tokens.text(next) == "\u{2019}",
               !tokens[next].spaceBefore, next + 1 < tokens.count, tokens[next + 1].isCapitalized {
                next += 1
                continue
            }
            guard tokens[next].isCapitalized, !tokens[next].written.contains(.title) else { break }
            if tokens[next].written.contains(.organisationHead) { return true }
            next += 1
        }
        guard start >= 2, tokens[start - 2].written.contains(.organisationOfHead) else { return false }
        let before = tokens.lower(start - 1)
        return before.equals("of") || before.equals("in") || before.equals("for")
    }

    /// "Maria Lincoln": an unknown capitalised word right before a one-word place makes it a name.
    func followsUnknownName(_ tokens: Tokens, start: Int, words: Int) -> Bool {
        guard start > 0, words == 1 else { return false }
        let previous = start - 1
        guard tokens[previous].kind == .word, tokens[previous].isCapitalized, !tokens[previous].isAllCaps else { return false }
        let written = tokens[previous].written, text = tokens.text(previous)
        return !written.contains(.nonName) && !written.contains(.title)
            && lexicon.gazetteer.name(named: text) == nil && !lexicon.names.isDemonym(text)
            && !people.isKey(text) && !written.contains(.headlineVerb)
    }

    /// "Federal Republic of Yugoslavia", "People's Republic of China": where the formal name of a country begins.
    private func formalNameStart(_ tokens: Tokens, before start: Int) -> Int {
        var cursor = start
        if cursor > 0, tokens.isLower(cursor - 1, "the", in: .determiner) { cursor -= 1 }
        guard cursor >= 2, tokens[cursor - 2].written.contains(.formalHead), tokens.isLower(cursor - 1, "of", in: .locative)
        else { return start }
        var begin = cursor - 2
        while begin > 0, tokens[begin - 1].isCapitalized || tokens[begin - 1].kind == .possessive,
              !tokens[begin - 1].written.contains(.nonName) { begin -= 1 }
        return begin
    }

    /// The words that head the formal name of a state: "Republic", "Kingdom".
    static let formalHeads: Set<String> = ["Republic", "Kingdom", "Federation", "Emirates", "Commonwealth", "Principality", "Sultanate", "Emirate"]

    /// "US-led", "London-based": the place before the hyphen (only a token that `hasHyphen` may have one).
    private func hyphenPlace(_ tokens: Tokens, at index: Int) -> Place? {
        guard tokens[index].kind == .word else { return nil }
        let token = tokens[index], text = tokens.text(index)
        guard let hyphen = text.firstIndex(of: "-") else { return nil }
        let head = String(text[..<hyphen])
        guard let entry = lexicon.gazetteer.name(named: head), !entry.isCommonWord,
              !entry.isPersonName || entry.kind != .city || entry.population >= 100_000 else { return nil }
        return Place(span: Span(token.span.start, token.span.start + head.unicodeScalars.count), text: head)
    }

    /// Whether a token may be a compass region (`regionAfterThe`), by its length alone.
    private static func mayBeRegion(_ token: Token) -> Bool {
        token.span.length == "West".utf8.count || token.span.length == "Midwest".utf8.count
    }

    /// "the West", "the East": a compass region after "the".
    private func regionAfterThe(_ tokens: Tokens, at index: Int) -> Place? {
        guard index > 0, tokens.isLower(index - 1, "the", in: .determiner),
              tokens.textEquals(index, "West") || tokens.textEquals(index, "East") || tokens.textEquals(index, "Midwest")
        else { return nil }
        if index + 1 < tokens.count, tokens[index + 1].isCapitalized { return nil }
        return place(tokens, index..<(index + 1))
    }

    /// The place of the tokens `range`, its text theirs as written (one token's is its text, not a copy).
    func place(_ tokens: Tokens, _ range: Range<Int>) -> Place {
        Place(span: Span(tokens[range.lowerBound].span.start, tokens[range.upperBound - 1].span.end),
              text: range.count == 1 ? tokens.text(range.lowerBound) : NameRunFinder.joined(tokens, range))
    }
}

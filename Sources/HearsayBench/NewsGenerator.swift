import HearsayCore
/// Writes news-like articles in the layout of `seeds/` (line 1 the headline, one paragraph a line): datelines,
/// quotes before and after their speakers, quotes over two paragraphs, reported speech, names with titles and
/// roles, places and a copyright footer. The same seed gives the same articles, byte for byte.
public struct NewsGenerator: Sendable {
    private typealias Words = NewsVocabulary
    private var random: SeededRandom
    /// People named so far in the current article, so later paragraphs refer back to them by surname.
    private var cast: [(given: String, surname: String)] = []

    public init(seed: UInt64) {
        random = SeededRandom(seed: seed)
    }

    /// One article of about `bytes` bytes of UTF-8 (at least a headline and one paragraph).
    public mutating func article(bytes: Int) -> String {
        cast = []
        var text = headline() + "\n"
        text.reserveCapacity(bytes + 512)
        var first = true
        while first || text.utf8.count < bytes {
            text += paragraph(first: first) + "\n"
            first = false
        }
        text += "© \(random.int(in: 2015...2025)) Hearsay Benchmark News. All rights reserved.\n"
        return text
    }

    /// An article of a size typical of news: 1.5 to 6 KB.
    public mutating func newsArticle() -> String {
        article(bytes: random.int(in: 1_500...6_000))
    }

    private mutating func headline() -> String {
        let city = random.pick(Words.cities)
        switch random.int(in: 0...3) {
        case 0: return "\(city) to \(random.pick(Words.verbs)) its \(random.pick(Words.nouns)) after years of delays"
        case 1: return "\(random.pick(Words.countries)) and \(random.pick(Words.countries)) agree on \(random.pick(Words.nouns))"
        case 2: return "'\(random.pick(Words.quoteOpeners)) \(random.pick(Words.verbs)) it': \(city) divided over \(random.pick(Words.nouns))"
        default: return "Protests in \(city) as \(random.pick(Words.bodies)) moves to \(random.pick(Words.verbs)) \(random.pick(Words.nouns))"
        }
    }

    private mutating func paragraph(first: Bool) -> String {
        if first { return dateline() }
        switch random.int(in: 0...9) {
        case 0, 1: return quoteAfterSpeaker()
        case 2, 3: return quoteBeforeSpeaker()
        case 4: return quoteOverTwoParagraphs()
        case 5: return reportedSpeech()
        case 6: return accordingTo()
        default: return narrative()
        }
    }

    private mutating func dateline() -> String {
        let city = random.pick(Words.cities)
        return "\(city.uppercased()) — \(capitalised(random.pick(Words.bodies))) will \(random.pick(Words.verbs)) the "
            + "\(random.pick(Words.nouns)) by \(random.pick(Words.months)), officials in \(city) said on "
            + "\(random.pick(Words.days)), after \(random.int(in: 2...12)) years of arguments with "
            + "\(random.pick(Words.countries))."
    }

    private mutating func quoteAfterSpeaker() -> String {
        let (open, close) = marks()
        return "\(speaker(introducing: true)) said: \(open)\(sentence()) \(sentence())\(close)"
    }

    private mutating func quoteBeforeSpeaker() -> String {
        let (open, close) = marks()
        let said = random.pick(Words.speechVerbs)
        if random.chance(50) {
            return "\(open)\(clause()),\(close) \(said) \(speaker(introducing: true)), \(random.pick(Words.roles)) in \(random.pick(Words.cities))."
        }
        return "\(open)\(clause()),\(close) \(referToSpeaker()) \(said). \(filler())."
    }

    private mutating func quoteOverTwoParagraphs() -> String {
        let name = speaker(introducing: true)
        return "\(name), speaking in \(random.pick(Words.cities)) on \(random.pick(Words.days)), said: “\(sentence()) \(sentence())\n"
            + "“\(sentence()) \(sentence())”"
    }

    private mutating func reportedSpeech() -> String {
        "\(referToSpeaker()) said that \(random.pick(Words.bodies)) would \(random.pick(Words.verbs)) the "
            + "\(random.pick(Words.nouns)) in \(random.pick(Words.months)) and that \(random.pick(Words.countries)) "
            + "had offered to help."
    }

    private mutating func accordingTo() -> String {
        "The \(random.pick(Words.nouns)) in \(random.pick(Words.cities)) will cost about \(random.int(in: 2...900)) "
            + "million euros, according to \(speaker(introducing: true)) of \(random.pick(Words.bodies))."
    }

    private mutating func narrative() -> String {
        "\(filler()) in \(random.pick(Words.cities)), \(random.pick(Words.countries)). \(filler()), and "
            + "\(random.pick(Words.bodies)) said it would \(random.pick(Words.verbs)) the \(random.pick(Words.nouns)) "
            + "by \(random.pick(Words.months)) \(random.int(in: 2025...2031))."
    }

    /// A new person (full name, sometimes with a title), or one named before, by surname.
    private mutating func speaker(introducing: Bool) -> String {
        if !cast.isEmpty, random.chance(introducing ? 30 : 70) { return random.pick(cast).surname }
        let person = (given: random.pick(Words.givenNames), surname: random.pick(Words.surnames))
        cast.append(person)
        let name = "\(person.given) \(person.surname)"
        return random.chance(40) ? "\(random.pick(Words.titles)) \(name)" : name
    }

    private mutating func referToSpeaker() -> String {
        if let person = cast.last, random.chance(60) { return person.surname }
        return speaker(introducing: true)
    }

    private mutating func sentence() -> String { clause() + "." }

    private mutating func clause() -> String {
        "\(random.pick(Words.quoteOpeners)) \(random.pick(Words.verbs)) the \(random.pick(Words.nouns)) \(random.pick(Words.quoteClosers))"
    }

    private mutating func filler() -> String { random.pick(Words.fillers) }

    /// Curly quotes mostly, straight ones sometimes, as in real copy.
    private mutating func marks() -> (String, String) {
        random.chance(75) ? ("“", "”") : ("\"", "\"")
    }

    private func capitalised(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}

/// The word lists a string belongs to, one bit a list: the annotator asks a token's lists with a bit test
/// instead of hashing its text into each list (see `WordTable` and `WordFacts`).
struct WordSet: OptionSet, Sendable {
    let rawValue: UInt64

    /// `WordLists.titleWords`.
    static let title = WordSet(rawValue: 1 << 0)
    /// `WordLists.nonNameWords`.
    static let nonName = WordSet(rawValue: 1 << 1)
    /// `SpeechVerbs.headlineVerbs`.
    static let headlineVerb = WordSet(rawValue: 1 << 2)
    /// `WordLists.nameParticles`.
    static let nameParticle = WordSet(rawValue: 1 << 3)
    /// `WordLists.organisationHeads`.
    static let organisationHead = WordSet(rawValue: 1 << 4)
    /// `WordLists.organisationOfHeads`.
    static let organisationOfHead = WordSet(rawValue: 1 << 5)
    /// `WordLists.organisationFirstWords`.
    static let organisationFirstWord = WordSet(rawValue: 1 << 6)
    /// `WordLists.newsAgencies`.
    static let newsAgency = WordSet(rawValue: 1 << 7)
    /// `SentenceSplitter.abbreviations`.
    static let abbreviation = WordSet(rawValue: 1 << 8)
    /// `PlaceFinder.featureHeads`.
    static let featureHead = WordSet(rawValue: 1 << 9)
    /// `PlaceFinder.featureLeads`.
    static let featureLead = WordSet(rawValue: 1 << 10)
    /// `PlaceFinder.formalHeads`.
    static let formalHead = WordSet(rawValue: 1 << 11)
    /// `SpeechVerbs.forms`.
    static let speechVerb = WordSet(rawValue: 1 << 12)
    /// `SpeechVerbs.takesListener`.
    static let takesListener = WordSet(rawValue: 1 << 13)
    /// `Attribution.adverbs`.
    static let adverb = WordSet(rawValue: 1 << 14)
    /// `Attribution.listeners`.
    static let listener = WordSet(rawValue: 1 << 15)
    /// `Attribution.auxiliaries`.
    static let auxiliary = WordSet(rawValue: 1 << 16)
    /// `ReportedSpeechFinder.verbs`.
    static let reportingVerb = WordSet(rawValue: 1 << 17)
    /// `PlaceFinder.locativeWords`.
    static let locative = WordSet(rawValue: 1 << 18)
    /// `PlaceFinder.featureNouns`.
    static let featureNoun = WordSet(rawValue: 1 << 19)
    /// `QuoteFilter.minorWords`.
    static let minorWord = WordSet(rawValue: 1 << 20)
    /// `QuoteFilter.cueWords`.
    static let cueWord = WordSet(rawValue: 1 << 21)
    /// `SpeakerResolver.sentenceOpeners`.
    static let sentenceOpener = WordSet(rawValue: 1 << 22)
    /// `SpeakerResolver.nonVerbs`.
    static let nonVerb = WordSet(rawValue: 1 << 23)
    /// `Roles.words`: role words and their aliases and plurals, in lower case.
    static let roleWord = WordSet(rawValue: 1 << 24)
    /// `SpeakerPhraseReader.determiners`.
    static let determiner = WordSet(rawValue: 1 << 25)
    /// `SpeakerPhraseReader.subjectPronouns`.
    static let subjectPronoun = WordSet(rawValue: 1 << 26)
    /// `SpeakerPhraseReader.indefinite`.
    static let indefinite = WordSet(rawValue: 1 << 27)

    // Punctuation that ends or opens sentences, for `SentenceSplitter` (numbered from the top, apart from the lists).
    /// "!", "?" and "…".
    static let terminalMark = WordSet(rawValue: 1 << 63)
    /// ".".
    static let period = WordSet(rawValue: 1 << 62)
    /// ")" and "]".
    static let closingBracket = WordSet(rawValue: 1 << 61)
    /// "(".
    static let openingBracket = WordSet(rawValue: 1 << 60)
    /// ",": no other spelling is equal to it as Strings compare, so the bit tells a comma token exactly.
    static let comma = WordSet(rawValue: 1 << 59)
    /// ":", likewise.
    static let colon = WordSet(rawValue: 1 << 58)
}

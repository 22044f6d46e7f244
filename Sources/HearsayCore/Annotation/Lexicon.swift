import Foundation

/// The word lists the annotator consults: places, given names with gender, surnames, demonyms.
///
/// Loaded once from the data files shipped with the program (see `Data/ATTRIBUTION.md`).
final class Lexicon: Sendable {
    let gazetteer: Gazetteer
    /// Ordinary English words (lower case): a capitalised one is weak evidence of a name.
    let commonWords: Set<String>
    /// The spellings of the annotator's word lists and their lower cases with their facts: what an annotator's
    /// tokenizing starts from.
    let vocabulary: Vocabulary
    /// The annotator's own word lists, by the bytes of each word (asked when a spelling is first met).
    var words: WordTable { vocabulary.lists }
    /// The given names (with gender), surnames and demonyms, indexed for the many lookups of the person and place passes.
    let names: NameLists

    init(gazetteer: Gazetteer, givenNames: [String: Gender], surnames: Set<String>, demonyms: Set<String>,
         commonWords: Set<String>) {
        self.gazetteer = gazetteer
        self.commonWords = commonWords
        names = NameLists(givenNames: givenNames, surnames: surnames, demonyms: demonyms)
        vocabulary = Vocabulary(Self.wordTable(), names: NameSource(names: names, commonWords: commonWords), gazetteer: gazetteer)
    }

    /// The lexicon built from the bundled data files; empty lists where a file is missing.
    static let shared: Lexicon = Lexicon(gazetteer: bundledGazetteer, givenNames: bundledNames.given,
                                         surnames: bundledNames.surnames, demonyms: bundledNames.demonyms,
                                         commonWords: bundledCommonWords)

    /// The bundled gazetteer: the larger half of the loading, so `loadInParallel` gives it a thread of its own.
    static let bundledGazetteer = Gazetteer.parse(DataFile.bytes("places", "tsv"))
    /// The bundled common English words.
    static let bundledCommonWords = firstFields(DataFile.bytes("common-words", "txt"))
    /// The bundled name lists.
    static let bundledNames = (given: parseGivenNames(DataFile.bytes("given-names", "tsv")),
                               surnames: firstFields(DataFile.bytes("surnames", "txt")),
                               demonyms: firstFields(DataFile.bytes("demonyms", "txt")))

    /// Loads the bundled lists on two threads at once (the gazetteer on one, the rest on the other) and then
    /// the lexicon; returns at once. A first annotation waits only for what is still loading.
    static func loadInParallel() {
        Thread.detachNewThread { _ = bundledGazetteer }
        Thread.detachNewThread {
            _ = bundledCommonWords
            _ = bundledNames
            _ = shared
        }
    }

    /// The annotator's hand-written lists, by word.
    private static func wordTable() -> WordTable {
        var sets: [String: WordSet] = [:]
        func add<Words: Sequence<String>>(_ words: Words, _ set: WordSet) {
            for word in words { sets[word, default: []].formUnion(set) }
        }
        add(WordLists.titleWords, .title)
        add(WordLists.nonNameWords, .nonName)
        add(SpeechVerbs.headlineVerbs, .headlineVerb)
        add(WordLists.nameParticles, .nameParticle)
        add(WordLists.organisationHeads, .organisationHead)
        add(WordLists.organisationOfHeads, .organisationOfHead)
        add(WordLists.organisationFirstWords, .organisationFirstWord)
        add(WordLists.newsAgencies, .newsAgency)
        add(SentenceSplitter.abbreviations, .abbreviation)
        add(PlaceFinder.featureHeads, .featureHead)
        add(PlaceFinder.featureLeads, .featureLead)
        add(PlaceFinder.formalHeads, .formalHead)
        add(SpeechVerbs.forms, .speechVerb)
        add(SpeechVerbs.takesListener, .takesListener)
        add(Attribution.adverbs, .adverb)
        add(Attribution.listeners, .listener)
        add(Attribution.auxiliaries, .auxiliary)
        add(ReportedSpeechFinder.verbs, .reportingVerb)
        add(PlaceFinder.locativeWords, .locative)
        add(PlaceFinder.featureNouns, .featureNoun)
        add(QuoteFilter.minorWords, .minorWord)
        add(QuoteFilter.cueWords, .cueWord)
        add(SpeakerResolver.sentenceOpeners, .sentenceOpener)
        add(SpeakerResolver.nonVerbs, .nonVerb)
        add(Roles.words, .roleWord)
        add(SpeakerPhraseReader.determiners, .determiner)
        add(SpeakerPhraseReader.subjectPronouns, .subjectPronoun)
        add(SpeakerPhraseReader.indefinite, .indefinite)
        add(punctuation, [])
        add(["!", "?", "\u{2026}"], .terminalMark)
        add(["."], .period)
        add([")", "]"], .closingBracket)
        add(["("], .openingBracket)
        add([","], .comma)
        add([":"], .colon)
        return WordTable(sets)
    }

    /// Punctuation kept in the word table for its ready-made String: the commonest tokens after words.
    static let punctuation: [String] = (0x21...0x7E).compactMap { value -> String? in
        guard let scalar = Unicode.Scalar(value), !ScalarClass.isWordScalar(scalar) else { return nil }
        return String(scalar)
    } + ["\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{2014}", "\u{2013}", "\u{2026}", "\u{00AB}", "\u{00BB}", "''", "``", "--"]

    private static func firstFields(_ bytes: [UInt8]) -> Set<String> {
        var set = Set<String>(minimumCapacity: bytes.count / 8)
        DataFile.forEachLine(bytes) { fields in if let first = fields.first { set.insert(first) } }
        return set
    }

    private static func parseGivenNames(_ bytes: [UInt8]) -> [String: Gender] {
        var names: [String: Gender] = [:]
        DataFile.forEachLine(bytes) { fields in
            guard let name = fields.first else { return }
            switch fields.count > 1 ? fields[1] : "u" {
            case "m": names[name] = .male
            case "f": names[name] = .female
            default: names[name] = .unknown
            }
        }
        return names
    }
}

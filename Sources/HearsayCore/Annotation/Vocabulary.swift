/// The word table's lists, and the spellings every article starts from: the table's words and their lower cases,
/// with their facts worked out once, so that the tokenizer finds a known word's lists, lower case and shape with
/// one lookup.
struct Vocabulary: Sendable {
    /// What the facts are read from, shared by every copy: a copy of the vocabulary (one an article) then costs a
    /// reference to them and the tables of `known`, not one for each of their many arrays.
    private final class Sources: Sendable {
        let lists: WordTable
        let names: NameSource?
        let gazetteer: Gazetteer?

        init(lists: WordTable, names: NameSource?, gazetteer: Gazetteer?) {
            self.lists = lists
            self.names = names
            self.gazetteer = gazetteer
        }
    }

    private let sources: Sources
    private(set) var known: WordSpellings
    /// Whether `known` holds every word of `lists` (so a spelling it lacks is in no list).
    let holdsLists: Bool

    /// The lists each spelling's facts are read from.
    var lists: WordTable { sources.lists }
    /// The name lists each spelling's `NameSet` is read from (none: every set is empty).
    var names: NameSource? { sources.names }
    /// The place names each spelling's `WordFacts.placeFirstWord` is read from (none: no spelling begins one).
    var gazetteer: Gazetteer? { sources.gazetteer }

    /// The vocabulary of `lists`' words, whose spellings' name facts come from `names` and place facts from
    /// `gazetteer`.
    init(_ lists: WordTable, names: NameSource? = nil, gazetteer: Gazetteer? = nil) {
        let sources = Sources(lists: lists, names: names, gazetteer: gazetteer)
        let start = Vocabulary(sources: sources, known: WordSpellings(firstNumber: 0, capacity: 0), holdsLists: false)
        var numbering = WordNumbering(start, expectedSpellings: lists.allWords.count * 2)
        for var word in lists.allWords { _ = word.withUTF8 { numbering.spelling($0) } }
        self.init(sources: sources, known: numbering.added, holdsLists: true)
    }

    private init(sources: Sources, known: WordSpellings, holdsLists: Bool) {
        self.sources = sources
        self.known = known
        self.holdsLists = holdsLists
    }

    /// `Gazetteer.firstWordNumber` of a spelling's text, or `WordFacts.beginsNoPlace`.
    func placeFirstWord(of text: String) -> Int32 {
        gazetteer?.firstWordNumber(of: text).map { Int32($0) } ?? WordFacts.beginsNoPlace
    }

    /// Adds `added`, whose numbers follow on from `known`'s.
    mutating func learn(_ added: WordSpellings) {
        known.append(added)
    }

    /// A vocabulary that knows no word.
    static let empty = Vocabulary(.empty)
}

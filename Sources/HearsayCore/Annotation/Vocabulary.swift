/// The word table's lists, and the spellings every article starts from: the table's words and their lower cases,
/// with their facts worked out once, so that the tokenizer finds a known word's lists, lower case and shape with
/// one lookup.
struct Vocabulary: Sendable {
    /// The lists each spelling's facts are read from.
    let lists: WordTable
    private(set) var known: WordSpellings
    /// The name lists each spelling's `NameSet` is read from (none: every set is empty).
    let names: NameSource?
    /// The place names each spelling's `WordFacts.placeFirstWord` is read from (none: no spelling begins one).
    let gazetteer: Gazetteer?
    /// Whether `known` holds every word of `lists` (so a spelling it lacks is in no list).
    let holdsLists: Bool

    /// The vocabulary of `lists`' words, whose spellings' name facts come from `names` and place facts from
    /// `gazetteer`.
    init(_ lists: WordTable, names: NameSource? = nil, gazetteer: Gazetteer? = nil) {
        let start = Vocabulary(lists: lists, names: names, gazetteer: gazetteer,
                               known: WordSpellings(firstNumber: 0, capacity: 0), holdsLists: false)
        var numbering = WordNumbering(start, expectedSpellings: lists.allWords.count * 2)
        for var word in lists.allWords { _ = word.withUTF8 { numbering.spelling($0) } }
        self.init(lists: lists, names: names, gazetteer: gazetteer, known: numbering.added, holdsLists: true)
    }

    private init(lists: WordTable, names: NameSource?, gazetteer: Gazetteer?, known: WordSpellings, holdsLists: Bool) {
        self.lists = lists
        self.names = names
        self.gazetteer = gazetteer
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

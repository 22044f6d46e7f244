/// The lexicon's lists of names in byte-keyed indexes (`NameWordIndex`), for the person pass, which asks them
/// for most runs of capitalised words: a known given name's gender, whether a word is a known surname or a
/// demonym. They answer as a Dictionary and Sets of the same words would (`String ==`), without a `Hasher`.
struct NameLists: Sendable {
    private let givenNames: NameWordIndex
    /// The gender of given name i.
    private let genders: [Gender]
    private let surnames: NameWordIndex
    private let demonyms: NameWordIndex

    /// The lists indexed: given names with their genders, surnames and demonyms (as the lexicon loads them).
    init(givenNames: [String: Gender], surnames: Set<String>, demonyms: Set<String>) {
        let given = Array(givenNames)
        self.givenNames = NameWordIndex(given.map(\.key))
        genders = given.map(\.value)
        self.surnames = NameWordIndex(Array(surnames))
        self.demonyms = NameWordIndex(Array(demonyms))
    }

    /// The gender of the given name equal to `word`, if there is one: `givenNames[word]` of the lists given to `init`.
    func gender(ofGivenName word: String) -> Gender? {
        givenNames.number(of: word).map { genders[$0] }
    }

    /// Whether a surname equals `word`: `surnames.contains(word)` of the lists given to `init`.
    func isSurname(_ word: String) -> Bool { surnames.number(of: word) != nil }

    /// Whether a demonym equals `word`: `demonyms.contains(word)` of the lists given to `init`.
    func isDemonym(_ word: String) -> Bool { demonyms.number(of: word) != nil }
}

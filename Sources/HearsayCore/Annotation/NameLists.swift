/// The lexicon's lists of names in byte-keyed indexes (`NameWordIndex`), for the person pass, which asks them
/// for most runs of capitalised words: a known given name's gender, whether a word is a known surname or a
/// demonym. They answer as the lexicon's Dictionary and Sets do (`String ==`), without a `Hasher`.
struct NameLists: Sendable {
    private let givenNames: NameWordIndex
    /// The gender of given name i.
    private let genders: [Gender]
    private let surnames: NameWordIndex
    private let demonyms: NameWordIndex

    init(givenNames: [String: Gender], surnames: Set<String>, demonyms: Set<String>) {
        let given = Array(givenNames)
        self.givenNames = NameWordIndex(given.map(\.key))
        genders = given.map(\.value)
        self.surnames = NameWordIndex(Array(surnames))
        self.demonyms = NameWordIndex(Array(demonyms))
    }

    /// `Lexicon.givenNames[word]`.
    func gender(ofGivenName word: String) -> Gender? {
        givenNames.number(of: word).map { genders[$0] }
    }

    /// `Lexicon.surnames.contains(word)`.
    func isSurname(_ word: String) -> Bool { surnames.number(of: word) != nil }

    /// `Lexicon.demonyms.contains(word)`.
    func isDemonym(_ word: String) -> Bool { demonyms.number(of: word) != nil }
}

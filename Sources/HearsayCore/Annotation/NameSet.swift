/// What a spelling is in the lexicon's name lists and common words, worked out once per spelling with its other
/// facts (`WordFacts`), so that the person pass tests a token's bits instead of looking its text up again and again.
struct NameSet: OptionSet, Sendable {
    let rawValue: UInt8

    /// A given name of a man (`NameLists.gender(ofGivenName:)` is `.male`).
    static let givenMale = NameSet(rawValue: 1 << 0)
    /// A given name of a woman.
    static let givenFemale = NameSet(rawValue: 1 << 1)
    /// A given name of either.
    static let givenEither = NameSet(rawValue: 1 << 2)
    /// A known surname (`NameLists.isSurname`).
    static let surname = NameSet(rawValue: 1 << 3)
    /// A demonym (`NameLists.isDemonym`).
    static let demonym = NameSet(rawValue: 1 << 4)
    /// The spelling's lower case (as `Tokens.lower` gives it, which is its `lowercased()`) is a common word.
    static let commonLower = NameSet(rawValue: 1 << 5)

    /// The gender of the given name the spelling is, if it is one.
    var givenNameGender: Gender? {
        if contains(.givenMale) { return .male }
        if contains(.givenFemale) { return .female }
        return contains(.givenEither) ? .unknown : nil
    }
}

/// The lexicon's name lists and common words, which a vocabulary asks once per new spelling (see `NameSet`).
struct NameSource: Sendable {
    let names: NameLists
    /// Ordinary English words, in lower case.
    let commonWords: Set<String>

    /// The name facts of a spelling whose text is `text` and whose lower case (as tokens give it) is `lower`.
    func nameSet(of text: String, lower: String) -> NameSet {
        var set: NameSet = []
        switch names.gender(ofGivenName: text) {
        case .male: set.insert(.givenMale)
        case .female: set.insert(.givenFemale)
        case .unknown: set.insert(.givenEither)
        case nil: break
        }
        if names.isSurname(text) { set.insert(.surname) }
        if names.isDemonym(text) { set.insert(.demonym) }
        if commonWords.contains(lower) { set.insert(.commonLower) }
        return set
    }
}

/// What a name's titles tell the person finder: the roles they name and the gender they imply.
extension PersonFinder {
    /// The roles the run's titles name (`Roles.canonical`), each once as `String ==` tells them apart, in order: most
    /// runs have no title, and no array is made for them.
    static func roles(of run: NameRun, _ tokens: Tokens) -> [String] {
        guard run.hasTitle else { return [] }
        var roles: [String] = []
        for title in run.titles(in: tokens) {
            if let role = Roles.canonical(title: title.word, of: title.token, in: tokens), !roles.contains(role) {
                roles.append(role)
            }
        }
        return roles
    }

    /// The gender the run's first gendered title tells ("Mrs"), if one does.
    static func titleGender(of run: NameRun, _ tokens: Tokens) -> Gender? {
        for title in run.titles(in: tokens) {
            if let number = genderedTitles.number(of: title.word) { return titleGenders[number] }
        }
        return nil
    }

    /// The titles of `WordLists.titleGender`, found without a `Hasher` (every titled name asks)...
    private static let genderedTitles = NameWordIndex(Array(WordLists.titleGender.keys))
    /// ...and their genders by number (a dictionary's keys and values come in one order).
    private static let titleGenders = Array(WordLists.titleGender.values)
}

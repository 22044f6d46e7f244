/// The strings a person is indexed by: the full name, and the keys a later, shorter mention may use.
extension PersonRegistry {
    /// A full name as indexed: the words joined by spaces (a one-word name is its word, no new string).
    static func fullName(_ words: [String]) -> String {
        guard words.count > 1 else { return words.first ?? "" }
        return String(joining: words.count, piece: { words[$0] }, spaceBefore: { _ in true })
    }

    /// Keys a later mention may use: the surname, without a particle ("Abadi" for "al-Abadi"), with its particles.
    /// Each key once, as `String ==` tells them apart.
    static func keys(for words: [String]) -> [String] {
        var keys: [String] = []
        Self.keys(for: words, into: &keys)
        return keys
    }

    /// `keys(for: words)` made into `keys`, which is empty (its room is used).
    static func keys(for words: [String], into keys: inout [String]) {
        keys.reserveCapacity(keysOfMostNames)
        addKeys(for: words[...], to: &keys)
    }

    /// Room for the keys of most names at once.
    private static let keysOfMostNames = 4

    fileprivate static func addKeys(for words: ArraySlice<String>, to keys: inout [String]) {
        guard let last = words.last, let first = words.first else { return }
        func insert(_ key: String) { if !keys.contains(key) { keys.append(key) } }
        insert(last)
        insert(surnameKey(last))
        var surnameStart = words.endIndex - 1
        while surnameStart > words.startIndex + 1, WordLists.nameParticles.contains(words[surnameStart - 1].lowercased()) {
            surnameStart -= 1
        }
        if surnameStart < words.endIndex - 1 { insert(spaced(words[surnameStart...])) }
        if words.count >= 2, EastAsianNames.isFamilyName(first) { insert(first) }
        // Double surnames and compound names: "Andrés Manuel López Obrador" is "López Obrador", "Aung San Suu Kyi" "Suu Kyi".
        if words.count >= 3 { insert(spaced(words.suffix(2))) }
        if words.count == 1 { insert(first) }
        if words.count >= 2, isNameSuffix(last) { addKeys(for: words.dropLast(), to: &keys) }
    }

    /// The words joined by spaces.
    fileprivate static func spaced(_ words: ArraySlice<String>) -> String {
        String(joining: words.count, piece: { words[words.startIndex + $0] }, spaceBefore: { _ in true })
    }

    /// Whether `word` is one of `WordLists.nameSuffixes`: short ASCII words, which no longer string equals.
    fileprivate static func isNameSuffix(_ word: String) -> Bool {
        word.utf8.count <= 3 && WordLists.nameSuffixes.contains(word)
    }

    /// The surname without a hyphenated particle: "al-Abadi" → "Abadi".
    static func surnameKey(_ word: String) -> String {
        guard NameRunFinder.hasParticlePrefix(word), let hyphen = word.firstIndex(of: "-") else { return word }
        return String(word[word.index(after: hyphen)...])
    }
}

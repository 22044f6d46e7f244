/// The people (and bodies) an article names, with the keys that link later mentions to them.
struct PersonRegistry: Sendable {
    /// One person: the fullest name seen, the keys a shorter mention may use, and what is known of them.
    struct Person: Sendable {
        var name: String
        var words: [String]
        var gender: Gender
        /// The roles, each once as `String ==` tells them apart (one or two: an array is cheaper than a set).
        var roles: [String]
        var mentions: [Span]
        var lastMention: Int
        var isOrganisation: Bool
    }

    private(set) var people: [Person] = []
    /// The index for matching mentions: full names, and keys as written and in lower case, each string once
    /// with what it names. Only keys of more than one word are kept in lower case: they are looked up only by
    /// names of more than one word (see `match`).
    private var names = NameKeyTable()
    /// What string i of `names` names.
    private var named: [Named] = []
    /// The lengths of the keys kept in lower case, which rule out most names before they are lower-cased.
    private var lowerKeys = LowerKeyFilter()
    /// The quick bits of the keys, which rule out most one-word mentions before they are hashed.
    private var keyBits = KeyQuickFilter()
    /// Room for a new person's keys, kept empty between registrations: one array for all.
    private var keyBuffer: [String] = []

    /// Registers a full-name mention without a title, merging it into an existing person that shares a key.
    @discardableResult
    mutating func register(words: [String], text: String, span: Span, gender: Gender, isOrganisation: Bool = false) -> Int {
        register(words: words, fullName: Self.fullName(words), text: text, span: span, roles: [], gender: gender,
                 isOrganisation: isOrganisation)
    }

    /// Registers a full-name mention, merging it into an existing person that shares a key: `full` is the words
    /// joined by spaces (the person finder has it as `text` for most names), `roles` those its titles name
    /// (`Roles.canonical`), each once.
    mutating func register(words: [String], fullName full: String, text: String, span: Span, roles: [String],
                           gender: Gender, isOrganisation: Bool = false) -> Int {
        let fullHash = NameKeyTable.hash(full)
        if let existing = match(words: words, fullName: full, hash: fullHash) {
            var added: [String] = []
            let renamed = words.count > people[existing].words.count && !isOrganisation
            if renamed {
                added = Self.keys(for: words).filter { !isKey($0, of: existing) }
                people[existing].name = text
                people[existing].words = words
            }
            noteGender(existing, gender)
            for role in roles { Self.insert(role, into: &people[existing].roles) }
            addMention(existing, span: span)
            // A person keeps its full name and keys indexed, and a full name always matches its person first (see
            // `match`), so only a longer name needs indexing.
            if renamed { index(existing, fullName: full, hash: fullHash, keys: added) }
            return existing
        }
        // The keys are made into the buffer kept for them, not a new array.
        var keys: [String] = []
        swap(&keys, &keyBuffer)
        Self.keys(for: words, into: &keys)
        if people.isEmpty { people.reserveCapacity(Self.peopleOfMostArticles) }
        people.append(Person(name: text, words: words, gender: gender, roles: roles, mentions: Self.firstMention(span),
                             lastMention: span.start, isOrganisation: isOrganisation))
        index(people.count - 1, fullName: full, hash: fullHash, keys: keys)
        keys.removeAll(keepingCapacity: true)
        swap(&keys, &keyBuffer)
        return people.count - 1
    }

    /// Indexes person `person` by its full name `fullName` (its words joined by spaces, whose `NameKeyTable.hash`
    /// is `hash`) and by `keys`, the keys not indexed for it before.
    private mutating func index(_ person: Int, fullName: String, hash: UInt64, keys: [String]) {
        let fullNumber = number(adding: fullName, hash: hash)
        named[fullNumber].fullName = person
        // The key of a one-word name is the name itself, hashed already.
        let isOneWord = people[person].words.count == 1
        for key in keys {
            let keyNumber = isOneWord && key == fullName ? fullNumber : number(adding: key, hash: NameKeyTable.hash(key))
            Self.add(person, to: &named[keyNumber].key)
            keyBits.add(key)
            // A lower-case name of words joined by spaces can equal only a key with a space (see `match`).
            if key.containsByte(UInt8(ascii: " ")) {
                let lower = key.lowercased()
                Self.add(person, to: &named[number(adding: lower, hash: NameKeyTable.hash(lower))].lowerKey)
                lowerKeys.add(lower)
            }
        }
        // A one-word full name is a key of its person (see `keys(for:)`), made with it: its key knows the person.
        if isOneWord, !fullName.containsByte(UInt8(ascii: " ")) { named[fullNumber].key?.exact = person }
    }

    /// Whether `key` is indexed as a key of person `person` (one of the keys `index` was given for it).
    private func isKey(_ key: String, of person: Int) -> Bool {
        guard let number = names.number(of: key) else { return false }
        return named[number].key?.contains(person) ?? false
    }

    /// The number of `string` (whose `NameKeyTable.hash` is `hash`) in `names`, added (naming nothing yet) if it is new.
    private mutating func number(adding string: String, hash: UInt64) -> Int {
        if named.isEmpty { named.reserveCapacity(Self.namesOfMostArticles) }
        let (number, isNew) = names.add(string, hash: hash)
        if isNew { named.append(Named()) }
        return number
    }

    /// Room for the names and keys of most articles at once.
    private static let namesOfMostArticles = 32
    /// Room for the people of most articles at once.
    private static let peopleOfMostArticles = 16

    /// A new person's mentions: `span`, with room for seven more, which most people mentioned again need (the
    /// array was grown at nearly every further mention). An array literal is the cheapest allocation (cheaper than
    /// `reserveCapacity` or `init(unsafeUninitializedCapacity:)`): one of eight is made and cut to one, keeping its room.
    private static func firstMention(_ span: Span) -> [Span] {
        var mentions = [span, span, span, span, span, span, span, span]
        mentions.removeLast(mentions.count - 1)
        return mentions
    }

    private static func add(_ person: Int, to candidates: inout Candidates?) {
        if candidates == nil {
            candidates = Candidates(first: person)
        } else if candidates?.contains(person) == false {
            candidates?.more.append(person)
        }
    }

    /// The person a one-word mention refers to (as `match(words: [word])`).
    func match(word: String) -> Int? {
        match(word: word, hash: NameKeyTable.hash(word))
    }

    /// The person the one-word mention at token `index` of `tokens` refers to (as `match(word:)` of its text): an
    /// ASCII word whose quick bit no key has is ruled out without hashing it.
    func match(token index: Int, in tokens: Tokens) -> Int? {
        guard keyBits.mayHold(asciiQuickBit: tokens.facts(index).asciiQuickBit) else { return nil }
        return match(word: tokens.text(index))
    }

    /// `match(word:)` with the word's `NameKeyTable.hash` already made.
    private func match(word: String, hash: UInt64) -> Int? {
        // A one-word full name is also a key of its person, so a word that is no key is no full name either.
        guard let number = names.number(of: word, hash: hash), let candidates = named[number].key else { return nil }
        if let exact = candidates.exact { return exact }
        // A key without a space that is someone's full name knows it (see `index`); only others are looked up.
        guard word.containsByte(UInt8(ascii: " ")), let exact = named[number].fullName else { return mostRecent(of: candidates) }
        return exact
    }

    /// The person a mention refers to: the same full name, or a shared surname key (the most recent on ties).
    func match(words: [String]) -> Int? {
        let full = Self.fullName(words)
        return match(words: words, fullName: full, hash: NameKeyTable.hash(full))
    }

    /// `match(words:)` with the words' `fullName` and its `NameKeyTable.hash` already made.
    private func match(words: [String], fullName full: String, hash: UInt64) -> Int? {
        guard let last = words.last else { return nil }
        // One word is its own full name.
        if words.count == 1 { return match(word: last, hash: hash) }
        if let number = names.number(of: full, hash: hash), let exact = named[number].fullName { return exact }
        // Most articles name nobody with a key of several words: no lower case is made for them.
        if !lowerKeys.isEmpty, lowerKeys.mayHold(lowercaseOf: full), let number = names.number(of: full.lowercased()),
           let lowered = named[number].lowerKey {
            return mostRecent(of: lowered)
        }
        guard let number = names.number(of: Self.surnameKey(last)), let candidates = named[number].key else { return nil }
        // A longer mention merges with a person known by a shorter name when its surname is theirs.
        // "Loretta Lynch" is "Loretta E. Lynch" too: every word of the shorter name is in the longer one.
        var best: Int?
        for position in 0..<candidates.count {
            let index = candidates[position]
            guard Self.mayMerge(people[index].words, words) else { continue }
            if let found = best, people[found].lastMention >= people[index].lastMention { continue }
            best = index
        }
        return best
    }

    /// Whether a person known by `known` may be the one a mention of `words` (of more than one) names.
    private static func mayMerge(_ known: [String], _ words: [String]) -> Bool {
        if known.count < words.count { return known.count == 1 || isPrefixCompatible(known, words) }
        return known.count > words.count && isPrefixCompatible(words, known)
    }

    /// The most recently mentioned of `candidates`; the first indexed of those mentioned last.
    private func mostRecent(of candidates: Candidates) -> Int? {
        var best = candidates.first
        for person in candidates.more where people[best].lastMention < people[person].lastMention { best = person }
        return best
    }

    /// Whether `word` is a key of someone: a capitalised word that is one names a person.
    func isKey(_ word: String) -> Bool { names.number(of: word).map { named[$0].key != nil } ?? false }

    /// Records a further mention of person `index`.
    mutating func addMention(_ index: Int, span: Span) {
        people[index].mentions.append(span)
        people[index].lastMention = span.start
    }

    mutating func noteGender(_ index: Int, _ gender: Gender) {
        if people[index].gender == .unknown { people[index].gender = gender }
    }

    mutating func noteRole(_ index: Int, _ role: String) {
        Self.insert(role, into: &people[index].roles)
    }

    /// Adds `role` to `roles` unless they hold it.
    private static func insert(_ role: String, into roles: inout [String]) {
        if !roles.contains(role) { roles.append(role) }
    }

    /// The most recently mentioned person whose roles include `role` ("minister" for "the minister").
    func mostRecent(withRole role: String, before offset: Int) -> Int? {
        people.indices.filter { index in
            !people[index].isOrganisation && people[index].roles.contains(role)
                && people[index].mentions.contains { $0.start < offset }
        }.max { people[$0].lastMention(before: offset) < people[$1].lastMention(before: offset) }
    }

    private static func isPrefixCompatible(_ shorter: [String], _ longer: [String]) -> Bool {
        shorter.allSatisfy { longer.contains($0) }
    }
}

extension PersonRegistry.Person {
    func lastMention(before offset: Int) -> Int {
        mentions.filter { $0.start < offset }.map(\.start).max() ?? -1
    }
}

/// Resolves speaker references to people: pronouns to the last compatible speaker, descriptions by role.
struct SpeakerResolver {
    private(set) var registry: PersonRegistry
    /// People who spoke (quoted or reported), most recent last, with the paragraph where they spoke.
    private(set) var recentSpeakers: [(person: Int, paragraph: Int)] = []

    init(registry: PersonRegistry) {
        self.registry = registry
    }

    /// How many paragraphs back a pronoun may reach for its speaker.
    static let pronounReach = 3

    /// The person `reference` names at `offset` in paragraph `paragraph`, if it can be told.
    mutating func resolve(_ reference: SpeakerReference, at offset: Int, paragraph: Int) -> Int? {
        switch reference {
        case .person(let person): return person
        case .unnamed: return nil
        case .description(let role): return registry.mostRecent(withRole: role, before: offset)
        case .pronoun(let gender):
            let recent = recentSpeakers.last { entry in
                paragraph - entry.paragraph <= Self.pronounReach && registry.people[entry.person].gender.admits(gender)
                    && !registry.people[entry.person].isOrganisation
            }
            let person = recent?.person ?? lastMentioned(before: offset, gender: gender)
            if let person { registry.noteGender(person, gender) }
            return person
        }
    }

    /// Records that `person` spoke in `paragraph`.
    mutating func noteSpoke(_ person: Int, paragraph: Int) {
        recentSpeakers.append((person, paragraph))
    }

    /// The last speaker recorded in `paragraph`, if any.
    func lastSpeaker(in paragraph: Int) -> Int? {
        recentSpeakers.last { $0.paragraph == paragraph }?.person
    }

    private func lastMentioned(before offset: Int, gender: Gender) -> Int? {
        registry.people.indices.filter { index in
            let person = registry.people[index]
            return !person.isOrganisation && person.gender.admits(gender) && person.mentions.contains { $0.start < offset }
        }.max { registry.people[$0].lastMention(before: offset) < registry.people[$1].lastMention(before: offset) }
    }
}

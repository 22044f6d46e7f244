extension PersonRegistry {
    /// What a string of the registry's index names: a person by full name, the people of a key, those of a key
    /// in lower case.
    struct Named: Sendable {
        var fullName: Int?
        var key: Candidates?
        var lowerKey: Candidates?
    }
}

extension PersonRegistry {
    /// The people a key names, in the order they were indexed: most keys name one, kept without an array.
    struct Candidates: Sendable {
        let first: Int
        var more: [Int] = []
        /// The person whose one-word full name the key is, for keys without a space (see `PersonRegistry.index`).
        var exact: Int?

        /// How many people the key names.
        var count: Int { 1 + more.count }

        /// The `position`th person the key names, in the order indexed.
        subscript(position: Int) -> Int { position == 0 ? first : more[position - 1] }

        /// Whether the key names `person`.
        func contains(_ person: Int) -> Bool { first == person || more.contains(person) }
    }
}

/// Numbers for a set of words (the first words of place names), found as `String ==` finds them. ASCII
/// words — nearly all — are found by a `WordHash` of their bytes in one open-addressing table, without a
/// `Hasher`; a word that is none of them mostly costs one read of the table.
struct NameWordIndex: Sendable {
    /// Word i, as given.
    private let words: [String]
    /// The number of each word that has no ASCII form (see `WordHash.asciiForm`): those are found by hash.
    private let numbers: [String: Int]
    /// Per slot: the hash of a word's ASCII form in the high 32 bits and its number + 1 in the low 32;
    /// 0 marks an empty slot. The count is a power of two.
    private let slots: [UInt64]

    /// An index numbering `words` by position; no two may be equal as Strings.
    init(_ words: [String]) {
        self.words = words
        var numbers: [String: Int] = [:]
        var capacity = 16
        // At most two thirds full, so that the table stays small.
        while capacity * 2 < words.count * 3 { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        for (number, word) in words.enumerated() {
            guard let hash = WordHash.asciiForm(word) else {
                if numbers[word] == nil { numbers[word] = number }
                continue
            }
            var slot = Self.slot(hash, capacity)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(number + 1)
        }
        self.numbers = numbers
        self.slots = slots
    }

    /// The number of the word equal to `word`, if there is one. A word with an ASCII form can equal only a
    /// word with the same form, and one without only a word without.
    func number(of word: String) -> Int? {
        guard let hash = WordHash.asciiForm(word) else {
            return numbers[word]
        }
        var slot = Self.slot(hash, slots.count)
        while slots[slot] != 0 {
            let found = slots[slot]
            if found & 0xFFFF_FFFF_0000_0000 == hash & 0xFFFF_FFFF_0000_0000, words[Int(found & 0xFFFF_FFFF) - 1] == word {
                return Int(found & 0xFFFF_FFFF) - 1
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    @inline(__always)
    private static func slot(_ hash: UInt64, _ capacity: Int) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 29)) & (capacity - 1)
    }
}

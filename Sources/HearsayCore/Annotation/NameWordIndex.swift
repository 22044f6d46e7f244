/// Numbers for a set of words (given names, surnames, demonyms, East Asian family names, the role words of
/// appositives), found as `String ==` finds them. ASCII words — nearly all — are found by a `WordHash` of their
/// bytes in one open-addressing table, without a `Hasher`; a word that is none of them mostly costs one read of
/// the table.
struct NameWordIndex: Sendable {
    /// Word i, as given.
    private let words: [String]
    /// The number of each word that has no ASCII form (see `WordHash.asciiForm`): those are found by hash.
    private let numbers: [String: Int]
    /// Per slot: the hash of a word's ASCII form in the high 32 bits and its number + 1 in the low 32;
    /// 0 marks an empty slot. The count is a power of two.
    private let slots: [UInt64]
    /// The high 32 bits of a slot: the hash of its word's ASCII form.
    private static let hashMask: UInt64 = 0xFFFF_FFFF_0000_0000
    /// The low 32 bits of a slot: its word's number + 1.
    private static let numberMask: UInt64 = 0xFFFF_FFFF

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
            slots[slot] = hash & Self.hashMask | UInt64(number + 1)
        }
        self.numbers = numbers
        self.slots = slots
    }

    /// The number of the word equal to `word`, if there is one. A word with an ASCII form can equal only a
    /// word with the same form, and one without only a word without.
    func number(of word: String) -> Int? {
        number(of: word, hash: WordHash.asciiForm(word))
    }

    /// `number(of: word)` for a word whose `WordHash.asciiForm` is already known (`FirstWordIndex` filters by it).
    func number(of word: String, hash: UInt64?) -> Int? {
        guard let hash else { return numbers[word] }
        var slot = Self.slot(hash, slots.count)
        while slots[slot] != 0 {
            let found = slots[slot]
            if found & Self.hashMask == hash & Self.hashMask, words[Int(found & Self.numberMask) - 1] == word {
                return Int(found & Self.numberMask) - 1
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

/// Numbers for a set of words (the first words of place names), found as `String ==` finds them. ASCII
/// words — nearly all — are found by an FNV hash of their bytes in one open-addressing table, without a
/// `Hasher`; a word that is none of them mostly costs one read of the table.
struct NameWordIndex: Sendable {
    /// Word i, as given.
    private let words: [String]
    /// The number of each word, for words beyond ASCII.
    private let numbers: [String: Int]
    /// Per slot: the hash of a word's ASCII form in the high 32 bits and its number + 1 in the low 32;
    /// 0 marks an empty slot. The count is a power of two.
    private let slots: [UInt64]

    /// An index numbering `words` by position; no two may be equal as Strings.
    init(_ words: [String]) {
        self.words = words
        numbers = Dictionary(words.enumerated().map { ($1, $0) }) { first, _ in first }
        var capacity = 16
        // At most two thirds full, so that the table stays small.
        while capacity * 2 < words.count * 3 { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        for (number, word) in words.enumerated() {
            guard let ascii = ASCIIEquivalent.of(word), let hash = Self.asciiHash(ascii.utf8) else { continue }
            var slot = Self.slot(hash, capacity)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(number + 1)
        }
        self.slots = slots
    }

    /// The number of the word equal to `word`, if there is one.
    func number(of word: String) -> Int? {
        guard let hash = word.utf8.withContiguousStorageIfAvailable(Self.asciiHash) ?? Self.asciiHash(word.utf8) else {
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

    /// The FNV-1a hash of the bytes, or nil when one is beyond ASCII.
    private static func asciiHash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64? {
        let (hash, isASCII) = ByteHash.fnv1a(bytes)
        return isASCII ? hash : nil
    }

    @inline(__always)
    private static func slot(_ hash: UInt64, _ capacity: Int) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 29)) & (capacity - 1)
    }
}

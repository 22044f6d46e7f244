/// The first words of place names, each with what the gazetteer keeps of the names that begin with it (a
/// `Payload`), found as `String ==` finds them: `NameWordIndex` with a payload and a filter. ASCII words — nearly
/// all — are found by an FNV hash of their bytes without a `Hasher`: a bit filter small enough to stay in cache
/// rules out most words that begin no name, and an open-addressing table finds the others.
struct FirstWordIndex<Payload: Sendable>: Sendable {
    /// A word with its payload: read together, so that checking a candidate and reading its payload cost one
    /// read of memory.
    private struct Key: Sendable {
        let word: String
        let payload: Payload
    }

    private let keys: [Key]
    /// The number of each word (the first of words equal as Strings): every word is here, but it is asked only
    /// for words beyond ASCII, which the table of ASCII hashes cannot find.
    private let numbers: [String: Int]
    /// Per slot: the hash of a word's ASCII form in the high 32 bits and its number + 1 in the low 32;
    /// 0 marks an empty slot. The count is a power of two.
    private let slots: [UInt64]
    /// Two bits per ASCII word, chosen by its hash (a Bloom filter): a word with either bit clear is none of them.
    private let filter: [UInt64]

    /// Filter bits per word: about 1.5% of other words pass the filter.
    private static var filterBitsPerWord: Int { 12 }
    /// Bits in one `UInt64` of the filter.
    private static var bitsPerElement: Int { UInt64.bitWidth }
    /// A filter bit's element is its number shifted right by this (log2 of `bitsPerElement`)...
    private static var elementShift: Int { UInt64.bitWidth.trailingZeroBitCount }
    /// ...and its bit in the element the number's low bits, under this mask.
    private static var bitInElement: Int { UInt64.bitWidth - 1 }
    /// The high 32 bits of a slot: the hash of its word's ASCII form.
    private static var hashMask: UInt64 { 0xFFFF_FFFF_0000_0000 }
    /// The low 32 bits of a slot: its word's number + 1.
    private static var numberMask: UInt64 { 0xFFFF_FFFF }

    /// An index of `words`, word i with `payloads[i]`; no two words may be equal as Strings.
    init(_ words: [String], payloads: [Payload]) {
        keys = zip(words, payloads).map(Key.init)
        numbers = Dictionary(words.enumerated().map { ($1, $0) }) { first, _ in first }
        var capacity = 16
        // At most two thirds full, so that the table stays small.
        while capacity * 2 < words.count * 3 { capacity *= 2 }
        var filterBits = Self.bitsPerElement
        while filterBits < words.count * Self.filterBitsPerWord { filterBits *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        var filter = [UInt64](repeating: 0, count: filterBits / Self.bitsPerElement)
        for (number, word) in words.enumerated() {
            guard let ascii = ASCIIEquivalent.of(word) else { continue }
            let hash = ByteHash.fnv1a(ascii.utf8).hash
            var slot = Self.slot(hash, capacity)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = hash & Self.hashMask | UInt64(number + 1)
            let (one, two) = Self.filterBits(hash, filterBits)
            filter[one >> Self.elementShift] |= 1 << (one & Self.bitInElement)
            filter[two >> Self.elementShift] |= 1 << (two & Self.bitInElement)
        }
        self.slots = slots
        self.filter = filter
    }

    /// The payload of the word equal to `word`, if there is one.
    func payload(of word: String) -> Payload? {
        let (hash, isASCII) = word.utf8.withContiguousStorageIfAvailable { ByteHash.fnv1a($0) } ?? ByteHash.fnv1a(word.utf8)
        guard isASCII else { return numbers[word].map { keys[$0].payload } }
        let (one, two) = Self.filterBits(hash, filter.count * Self.bitsPerElement)
        guard filter[one >> Self.elementShift] & (1 << (one & Self.bitInElement)) != 0,
              filter[two >> Self.elementShift] & (1 << (two & Self.bitInElement)) != 0 else { return nil }
        var slot = Self.slot(hash, slots.count)
        while slots[slot] != 0 {
            let found = slots[slot]
            if found & Self.hashMask == hash & Self.hashMask {
                let number = Int(found & Self.numberMask) - 1
                if keys[number].word == word { return keys[number].payload }
            }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    @inline(__always)
    private static func slot(_ hash: UInt64, _ capacity: Int) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 29)) & (capacity - 1)
    }

    /// The two filter bits of a hash, from the high bits of its product with a large odd number.
    @inline(__always)
    private static func filterBits(_ hash: UInt64, _ count: Int) -> (Int, Int) {
        let mixed = hash &* 0x9E37_79B9_7F4A_7C15
        return (Int(truncatingIfNeeded: mixed >> 40) & (count - 1), Int(truncatingIfNeeded: mixed >> 17) & (count - 1))
    }
}

/// Spellings numbered in the order they were added and found by their UTF-8 bytes, each with its String and its
/// `WordFacts`: the word table's words and their lower cases (`Vocabulary.known`), or one article's others
/// (`WordNumbering`). Numbers start at `firstNumber`, so that an article's go on from the vocabulary's.
struct WordSpellings: Sendable {
    /// A spelling's key and facts, by index: in the order added, so that an article's commonest words, met first,
    /// lie together.
    private struct Entry: Sendable {
        let prefix: UInt64
        let length: Int32
        let keyStart: Int32
        let facts: WordFacts
    }

    /// The open-addressing slots: the high 32 bits of a key's hash, and its index + 1 in the low 32 (0 marks an
    /// empty slot). The count is a power of two; the slot a key probes from is the top bits of its hash, so that
    /// growing needs no hashing. Eight bytes a slot keep the table small enough to stay in cache.
    private var slots: [UInt64]
    private var bits: Int
    private var entries: [Entry] = []
    /// The spellings' bytes, one after the other in the order added.
    private var keyBytes: [UInt8] = []
    private var texts: [String] = []
    /// The number of the first spelling.
    let firstNumber: UInt32

    private static let smallestBits = 4
    /// Slots kept for each spelling at least: a table at most a quarter full finds most spellings at the first
    /// slot it probes.
    private static let slotsPerSpelling = 4
    private static let indexMask: UInt64 = 0xFFFF_FFFF
    private static let tagBits = 32

    /// An empty table numbering from `firstNumber`, with room for about `capacity` spellings (none is allocated
    /// for 0 until the first is added: most articles add none to a vocabulary that has read many).
    init(firstNumber: UInt32, capacity: Int) {
        self.firstNumber = firstNumber
        var bits = Self.smallestBits
        while 1 << bits < capacity * Self.slotsPerSpelling { bits += 1 }
        self.bits = bits
        slots = capacity == 0 ? [] : [UInt64](repeating: 0, count: 1 << bits)
        entries.reserveCapacity(capacity)
        texts.reserveCapacity(capacity)
        keyBytes.reserveCapacity(capacity * 8)
    }

    /// How many spellings the table holds.
    var count: Int { texts.count }
    /// The number the next spelling added will take.
    var nextNumber: UInt32 { firstNumber + UInt32(texts.count) }

    /// The text of spelling `number` (one of this table's).
    @inline(__always)
    func text(_ number: UInt32) -> String { texts[Int(number - firstNumber)] }

    /// The facts of spelling `number` (one of this table's).
    @inline(__always)
    func facts(_ number: UInt32) -> WordFacts { entries[Int(number - firstNumber)].facts }

    /// The number and facts of the spelling `bytes` (whose key is `key`), if the table holds it.
    @inline(__always)
    func find(_ bytes: UnsafeBufferPointer<UInt8>, _ key: SpellingKey) -> (number: UInt32, facts: WordFacts)? {
        let tag = key.hash &>> 32
        return slots.withUnsafeBufferPointer { slots -> (number: UInt32, facts: WordFacts)? in
            entries.withUnsafeBufferPointer { entries -> (number: UInt32, facts: WordFacts)? in
                guard !slots.isEmpty else { return nil }
                let mask = slots.count - 1
                var position = slot(ofTag: tag)
                while true {
                    let value = slots[position]
                    if value == 0 { return nil }
                    let index = Int(truncatingIfNeeded: value & Self.indexMask) - 1
                    if value >> 32 == tag, entries[index].prefix == key.prefix, Int(entries[index].length) == bytes.count,
                       bytes.count <= MemoryLayout<UInt64>.size || matches(entries[index].keyStart, bytes) {
                        return (firstNumber + UInt32(truncatingIfNeeded: index), entries[index].facts)
                    }
                    position = (position + 1) & mask
                }
            }
        }
    }

    /// Adds the spelling `bytes` (not yet in the table; `key` is its key) with its text and facts; its number.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, _ key: SpellingKey, text: String, facts: WordFacts) -> UInt32 {
        let number = nextNumber
        if slots.isEmpty { slots = [UInt64](repeating: 0, count: 1 << bits) }
        entries.append(Entry(prefix: key.prefix, length: Int32(bytes.count), keyStart: Int32(keyBytes.count), facts: facts))
        keyBytes.append(contentsOf: bytes)
        texts.append(text)
        put((key.hash >> 32) << 32 | UInt64(texts.count))
        if texts.count * Self.slotsPerSpelling > slots.count { grow() }
        return number
    }

    /// Adds every spelling of `other`, whose numbers follow on from these (`other.firstNumber == nextNumber`).
    mutating func append(_ other: WordSpellings) {
        other.keyBytes.withUnsafeBufferPointer { keyBytes in
            for (index, entry) in other.entries.enumerated() {
                let bytes = UnsafeBufferPointer(rebasing: keyBytes[Int(entry.keyStart)..<Int(entry.keyStart + entry.length)])
                _ = add(bytes, SpellingKey(bytes), text: other.texts[index], facts: entry.facts)
            }
        }
    }

    @inline(__always)
    private func slot(ofTag tag: UInt64) -> Int { Int(truncatingIfNeeded: tag &>> UInt64(truncatingIfNeeded: Self.tagBits &- bits)) }

    private func matches(_ keyStart: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        keyBytes.withUnsafeBufferPointer { SpellingKey.equal($0, from: Int(keyStart), bytes) }
    }

    /// Puts a slot value in the first free slot from the one its hash bits name.
    private mutating func put(_ value: UInt64) {
        let mask = slots.count - 1
        var position = slot(ofTag: value >> 32)
        while slots[position] != 0 { position = (position + 1) & mask }
        slots[position] = value
    }

    /// Twice the slots, every value put back by the hash bits it keeps.
    private mutating func grow() {
        let old = slots
        bits += 1
        slots = [UInt64](repeating: 0, count: 1 << bits)
        for value in old where value != 0 { put(value) }
    }
}

/// Spellings numbered in the order they were added and found by their UTF-8 bytes, each with its String and its
/// `WordFacts`: the word table's words and their lower cases (`Vocabulary.known`), or one article's others
/// (`WordNumbering`). Numbers start at `firstNumber`, so that an article's go on from the vocabulary's.
struct WordSpellings: Sendable {
    private struct Key: Sendable {
        let prefix: UInt64
        let start: Int32
        let length: Int32
    }

    /// Per slot: the high 32 bits of a key's hash, and its index + 1 in the low 32 (0 marks an empty slot). The count
    /// is a power of two; the slot a key probes from is the top bits of its hash, so growing needs no hashing.
    private var slots: [UInt64]
    private var bits: Int
    private var keys: [Key] = []
    private var keyBytes: [UInt8] = []
    private var texts: [String] = []
    private var facts: [WordFacts] = []
    /// The number of the first spelling.
    let firstNumber: UInt32

    private static let indexMask: UInt64 = 0xFFFF_FFFF
    private static let smallestBits = 4

    /// An empty table numbering from `firstNumber`, with room for about `capacity` spellings.
    init(firstNumber: UInt32, capacity: Int) {
        self.firstNumber = firstNumber
        var bits = Self.smallestBits
        while 1 << bits < capacity * 2 { bits += 1 }
        self.bits = bits
        slots = [UInt64](repeating: 0, count: 1 << bits)
        keys.reserveCapacity(capacity)
        texts.reserveCapacity(capacity)
        facts.reserveCapacity(capacity)
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
    func facts(_ number: UInt32) -> WordFacts { facts[Int(number - firstNumber)] }

    /// The number of the spelling `bytes` (whose key is `key`), if the table holds it.
    @inline(__always)
    func number(of bytes: UnsafeBufferPointer<UInt8>, _ key: SpellingKey) -> UInt32? {
        let tag = key.hash >> 32, mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: tag >> UInt64(32 - bits))
        return slots.withUnsafeBufferPointer { slots in
            keys.withUnsafeBufferPointer { keys in
                while true {
                    let value = slots[slot]
                    if value == 0 { return nil }
                    let index = Int(truncatingIfNeeded: value & Self.indexMask) - 1
                    if value >> 32 == tag, keys[index].prefix == key.prefix, Int(keys[index].length) == bytes.count,
                       bytes.count <= 8 || matches(keys[index], bytes) {
                        return firstNumber + UInt32(truncatingIfNeeded: index)
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// Adds the spelling `bytes` (not yet in the table; `key` is its key) with its text and facts; its number.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, _ key: SpellingKey, text: String, facts: WordFacts) -> UInt32 {
        let number = nextNumber
        keys.append(Key(prefix: key.prefix, start: Int32(keyBytes.count), length: Int32(bytes.count)))
        keyBytes.append(contentsOf: bytes)
        texts.append(text)
        self.facts.append(facts)
        put((key.hash >> 32) << 32 | UInt64(texts.count))
        if texts.count * 2 > slots.count { grow() }
        return number
    }

    /// Adds every spelling of `other`, whose numbers follow on from these (`other.firstNumber == nextNumber`).
    mutating func append(_ other: WordSpellings) {
        other.keyBytes.withUnsafeBufferPointer { keyBytes in
            for index in 0..<other.count {
                let key = other.keys[index]
                let bytes = UnsafeBufferPointer(rebasing: keyBytes[Int(key.start)..<Int(key.start + key.length)])
                _ = add(bytes, SpellingKey(bytes), text: other.texts[index], facts: other.facts[index])
            }
        }
    }

    private func matches(_ key: Key, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        keyBytes.withUnsafeBufferPointer { SpellingKey.equal($0, from: Int(key.start), bytes) }
    }

    /// Puts a slot value in the first free slot from the one its hash names.
    private mutating func put(_ value: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: (value >> 32) >> UInt64(32 - bits))
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = value
    }

    /// Twice the slots, every value put back by the hash bits it keeps.
    private mutating func grow() {
        let old = slots
        bits += 1
        slots = [UInt64](repeating: 0, count: 1 << bits)
        for value in old where value != 0 { put(value) }
    }
}

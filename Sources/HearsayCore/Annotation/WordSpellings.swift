/// Spellings numbered in the order they were added and found by their UTF-8 bytes, each with its String and its
/// `WordFacts`: the word table's words and their lower cases (`Vocabulary.known`), or one article's others
/// (`WordNumbering`). Numbers start at `firstNumber`, so that an article's go on from the vocabulary's.
struct WordSpellings: Sendable {
    /// One slot of the open-addressing table: a spelling's key, number and facts together, so that a lookup reads
    /// one place in memory.
    private struct Slot: Sendable {
        /// The high 32 bits of the key's hash.
        var tag: UInt32
        /// The spelling's index + 1 (its number - `firstNumber` + 1); 0 marks an empty slot.
        var index: UInt32
        var prefix: UInt64
        var length: Int32
        var keyStart: Int32
        var facts: WordFacts

        static let empty = Slot(tag: 0, index: 0, prefix: 0, length: 0, keyStart: 0, facts: .none)
    }

    /// The slots; the count is a power of two, and the slot a key probes from is the top bits of its tag, so
    /// that growing needs no hashing.
    private var slots: [Slot]
    private var bits: Int
    /// The spellings' bytes, one after the other in the order added.
    private var keyBytes: [UInt8] = []
    /// Where each spelling's bytes start in `keyBytes`, by index.
    private var keyStarts: [Int32] = []
    private var texts: [String] = []
    /// The number of the first spelling.
    let firstNumber: UInt32

    private static let smallestBits = 4
    private static let tagBits = 32

    /// An empty table numbering from `firstNumber`, with room for about `capacity` spellings (none is allocated
    /// for 0 until the first is added: most articles add none to a vocabulary that has read many).
    init(firstNumber: UInt32, capacity: Int) {
        self.firstNumber = firstNumber
        var bits = Self.smallestBits
        while 1 << bits < capacity * 2 { bits += 1 }
        self.bits = bits
        slots = capacity == 0 ? [] : [Slot](repeating: .empty, count: 1 << bits)
        keyStarts.reserveCapacity(capacity)
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

    /// The number and facts of the spelling `bytes` (whose key is `key`), if the table holds it.
    @inline(__always)
    func find(_ bytes: UnsafeBufferPointer<UInt8>, _ key: SpellingKey) -> (number: UInt32, facts: WordFacts)? {
        let tag = UInt32(truncatingIfNeeded: key.hash >> 32)
        return slots.withUnsafeBufferPointer { slots -> (number: UInt32, facts: WordFacts)? in
            guard let first = slots.baseAddress, !slots.isEmpty else { return nil }
            let mask = slots.count - 1
            var position = slot(ofTag: tag)
            while true {
                let slot = first + position   // read field by field in place, not copied whole
                let index = slot.pointee.index
                if index == 0 { return nil }
                if slot.pointee.tag == tag, slot.pointee.prefix == key.prefix, Int(slot.pointee.length) == bytes.count,
                   bytes.count <= MemoryLayout<UInt64>.size || matches(slot.pointee.keyStart, bytes) {
                    return (firstNumber + index - 1, slot.pointee.facts)
                }
                position = (position + 1) & mask
            }
        }
    }

    /// The number of the spelling `bytes` (whose key is `key`), if the table holds it.
    func number(of bytes: UnsafeBufferPointer<UInt8>, _ key: SpellingKey) -> UInt32? { find(bytes, key)?.number }

    /// Adds the spelling `bytes` (not yet in the table; `key` is its key) with its text and facts; its number.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, _ key: SpellingKey, text: String, facts: WordFacts) -> UInt32 {
        let number = nextNumber
        if slots.isEmpty { slots = [Slot](repeating: .empty, count: 1 << bits) }
        keyStarts.append(Int32(keyBytes.count))
        keyBytes.append(contentsOf: bytes)
        texts.append(text)
        put(Slot(tag: UInt32(truncatingIfNeeded: key.hash >> 32), index: UInt32(texts.count), prefix: key.prefix,
                 length: Int32(bytes.count), keyStart: keyStarts[keyStarts.count - 1], facts: facts))
        if texts.count * 2 > slots.count { grow() }
        return number
    }

    /// Adds every spelling of `other`, whose numbers follow on from these (`other.firstNumber == nextNumber`).
    mutating func append(_ other: WordSpellings) {
        var facts = [WordFacts](repeating: .none, count: other.count)
        for slot in other.slots where slot.index != 0 { facts[Int(slot.index) - 1] = slot.facts }
        other.keyBytes.withUnsafeBufferPointer { keyBytes in
            for index in 0..<other.count {
                let end = index + 1 < other.count ? Int(other.keyStarts[index + 1]) : keyBytes.count
                let bytes = UnsafeBufferPointer(rebasing: keyBytes[Int(other.keyStarts[index])..<end])
                _ = add(bytes, SpellingKey(bytes), text: other.texts[index], facts: facts[index])
            }
        }
    }

    @inline(__always)
    private func slot(ofTag tag: UInt32) -> Int { Int(truncatingIfNeeded: tag >> UInt32(Self.tagBits - bits)) }

    private func matches(_ keyStart: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        keyBytes.withUnsafeBufferPointer { SpellingKey.equal($0, from: Int(keyStart), bytes) }
    }

    /// Puts `slot` in the first free slot from the one its tag names.
    private mutating func put(_ slot: Slot) {
        let mask = slots.count - 1
        var position = self.slot(ofTag: slot.tag)
        while slots[position].index != 0 { position = (position + 1) & mask }
        slots[position] = slot
    }

    /// Twice the slots, every spelling put back by its tag.
    private mutating func grow() {
        let old = slots
        bits += 1
        slots = [Slot](repeating: .empty, count: 1 << bits)
        for slot in old where slot.index != 0 { put(slot) }
    }
}

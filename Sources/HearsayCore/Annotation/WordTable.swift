/// Every word of the annotator's lists in one open-addressing hash table keyed by UTF-8 bytes, so that a
/// token's lists are found with one lookup straight from the article's bytes, without making a String.
struct WordTable: Sendable {
    /// Entry number + 1 for each slot; 0 marks an empty slot. The count is a power of two.
    private let slots: [Int32]
    /// log2 of the slot count.
    private let bits: Int
    /// Entry i's key is `keyBytes[keyEnds[i - 1] ..< keyEnds[i]]` (from 0 for the first).
    private let keyEnds: [Int32]
    private let keyBytes: [UInt8]
    private let sets: [WordSet]

    /// A table of `words` and the lists each belongs to.
    init(_ words: [String: WordSet]) {
        var keyEnds: [Int32] = [], keyBytes: [UInt8] = [], sets: [WordSet] = []
        keyEnds.reserveCapacity(words.count)
        sets.reserveCapacity(words.count)
        var bits = 4
        while 1 << bits < words.count * 2 { bits += 1 }
        var slots = [Int32](repeating: 0, count: 1 << bits)
        for (word, set) in words {
            let bytes = Array(word.utf8)
            var slot = bytes.withUnsafeBufferPointer { Self.hash($0, bits: bits) }
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            keyBytes += bytes
            keyEnds.append(Int32(keyBytes.count))
            sets.append(set)
            slots[slot] = Int32(sets.count)
        }
        self.slots = slots
        self.bits = bits
        self.keyEnds = keyEnds
        self.keyBytes = keyBytes
        self.sets = sets
    }

    /// A table that knows no word.
    static let empty = WordTable([:])

    /// The lists holding the word spelt by `bytes` (UTF-8); empty when it is in none.
    func sets(of bytes: UnsafeBufferPointer<UInt8>) -> WordSet {
        let mask = slots.count - 1
        var slot = Self.hash(bytes, bits: bits)
        return slots.withUnsafeBufferPointer { slots in
            keyBytes.withUnsafeBufferPointer { keys in
                while true {
                    let entry = Int(slots[slot])
                    if entry == 0 { return [] }
                    let end = Int(keyEnds[entry - 1]), start = entry >= 2 ? Int(keyEnds[entry - 2]) : 0
                    if end - start == bytes.count, Self.equal(keys, from: start, bytes) { return sets[entry - 1] }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// The lists holding `word`.
    func sets(of word: String) -> WordSet {
        var word = word
        return word.withUTF8 { sets(of: $0) }
    }

    @inline(__always)
    private static func equal(_ keys: UnsafeBufferPointer<UInt8>, from start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for offset in 0..<bytes.count where keys[start + offset] != bytes[offset] { return false }
        return true
    }

    /// The slot a key starts probing from: its bytes packed eight at a time into words, mixed by
    /// multiplication, and the top `bits` bits taken (the best mixed).
    @inline(__always)
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, bits: Int) -> Int {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = UInt64(bytes.count) &* multiplier
        var word: UInt64 = 0, shift: UInt64 = 0
        for byte in bytes {
            word |= UInt64(byte) &<< shift
            shift += 8
            if shift == 64 {
                hash = (hash ^ word) &* multiplier
                word = 0
                shift = 0
            }
        }
        hash = ((hash ^ word) &* multiplier) ^ (hash >> 31)
        hash = hash &* multiplier
        return Int(truncatingIfNeeded: hash >> UInt64(64 - bits))
    }
}

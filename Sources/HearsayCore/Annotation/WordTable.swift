/// Words in one open-addressing hash table keyed by UTF-8 bytes: a token's word lists, and its text as a
/// ready-made String, are found with one lookup straight from the article's bytes.
struct WordTable: Sendable {
    private struct Entry: Sendable {
        let keyStart: Int32
        let keyLength: Int32
        let sets: WordSet
        let text: String
    }

    /// Entry number + 1 for each slot; 0 marks an empty slot. The count is a power of two.
    private let slots: [Int32]
    /// log2 of the slot count.
    private let bits: Int
    private let entries: [Entry]
    private let keyBytes: [UInt8]

    /// A table of `words` and the lists each belongs to (empty for a word kept only for its String).
    init(_ words: [String: WordSet]) {
        var entries: [Entry] = [], keyBytes: [UInt8] = []
        entries.reserveCapacity(words.count)
        var bits = 4
        while 1 << bits < words.count * 2 { bits += 1 }
        var slots = [Int32](repeating: 0, count: 1 << bits)
        for (word, set) in words.sorted(by: { $0.key < $1.key }) {
            let bytes = Array(word.utf8)
            var slot = bytes.withUnsafeBufferPointer { Self.hash($0, bits: bits) }
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            entries.append(Entry(keyStart: Int32(keyBytes.count), keyLength: Int32(bytes.count), sets: set, text: word))
            keyBytes += bytes
            slots[slot] = Int32(entries.count)
        }
        self.slots = slots
        self.bits = bits
        self.entries = entries
        self.keyBytes = keyBytes
    }

    /// A table that knows no word.
    static let empty = WordTable([:])

    /// The lists holding the word spelt by `bytes` (UTF-8), and the word as a String; nil when the table lacks it.
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> (sets: WordSet, text: String)? {
        let mask = slots.count - 1
        var slot = Self.hash(bytes, bits: bits)
        return slots.withUnsafeBufferPointer { slots in
            keyBytes.withUnsafeBufferPointer { keys in
                while true {
                    let number = Int(slots[slot])
                    if number == 0 { return nil }
                    let entry = entries[number - 1]
                    if Int(entry.keyLength) == bytes.count, Self.equal(keys, from: Int(entry.keyStart), bytes) {
                        return (entry.sets, entry.text)
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    /// The lists holding the word spelt by `bytes` (UTF-8); empty when it is in none.
    func sets(of bytes: UnsafeBufferPointer<UInt8>) -> WordSet { lookup(bytes)?.sets ?? [] }

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

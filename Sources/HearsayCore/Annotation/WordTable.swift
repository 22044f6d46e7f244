/// Words in one open-addressing hash table keyed by UTF-8 bytes: a token's word lists, and its text as a
/// ready-made String, are found with one lookup straight from the article's bytes.
struct WordTable: Sendable {
    private struct Entry: Sendable {
        /// The key's first eight bytes, packed as `hash` packs them: keys of eight bytes or fewer
        /// compare by this and the length alone.
        let prefix: UInt64
        let keyStart: Int32
        let keyLength: Int32
        let sets: WordSet
        let text: String
    }

    /// For each slot, entry number + 1 in the low `numberBits` bits (0 marks an empty slot) and a tag of the key's
    /// hash in the bits above, so that probing past other keys seldom reads their entries. The count is a power of two.
    private let slots: [UInt32]
    /// log2 of the slot count.
    private let bits: Int
    /// How many low bits of a slot hold the entry number.
    private let numberBits: UInt32
    private let entries: [Entry]
    private let keyBytes: [UInt8]
    /// What `lookup` answers for each one-byte ASCII key (punctuation, "a", "I"), without hashing.
    private let asciiSingles: [(sets: WordSet, text: String)?]

    /// A table of `words` and the lists each belongs to (empty for a word kept only for its String).
    init(_ words: [String: WordSet]) {
        var entries: [Entry] = [], keyBytes: [UInt8] = []
        entries.reserveCapacity(words.count)
        var bits = 4
        while 1 << bits < words.count * 2 { bits += 1 }
        var numberBits: UInt32 = 16
        while 1 << numberBits <= words.count { numberBits += 1 }
        var slots = [UInt32](repeating: 0, count: 1 << bits)
        var singles = [(sets: WordSet, text: String)?](repeating: nil, count: 0x80)
        for (word, set) in words.sorted(by: { $0.key < $1.key }) {
            let bytes = Array(word.utf8)
            let key = bytes.withUnsafeBufferPointer { SpellingKey($0) }
            let (hash, prefix) = (key.hash, key.prefix)
            var slot = Self.slot(hash, bits: bits)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            entries.append(Entry(prefix: prefix, keyStart: Int32(keyBytes.count), keyLength: Int32(bytes.count), sets: set, text: word))
            keyBytes += bytes
            slots[slot] = Self.tag(hash, numberBits: numberBits) << numberBits | UInt32(entries.count)
            if bytes.count == 1, bytes[0] < 0x80 { singles[Int(bytes[0])] = (set, word) }
        }
        self.slots = slots
        self.bits = bits
        self.numberBits = numberBits
        self.entries = entries
        self.keyBytes = keyBytes
        asciiSingles = singles
    }

    /// A table that knows no word.
    static let empty = WordTable([:])

    /// The lists holding the word spelt by `bytes` (UTF-8), and the word as a String; nil when the table lacks it.
    @inline(__always)
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> (sets: WordSet, text: String)? {
        if bytes.count == 1, bytes[0] < 0x80 { return asciiSingles[Int(bytes[0])] }
        return hashedLookup(bytes)
    }

    private func hashedLookup(_ bytes: UnsafeBufferPointer<UInt8>) -> (sets: WordSet, text: String)? {
        let mask = slots.count - 1, numberMask: UInt32 = 1 << numberBits - 1
        let key = SpellingKey(bytes)
        let (hash, prefix) = (key.hash, key.prefix)
        var slot = Self.slot(hash, bits: bits)
        let tag = Self.tag(hash, numberBits: numberBits)
        return slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                while true {
                    let value = slots[slot]
                    if value == 0 { return nil }
                    let number = Int(value & numberMask)
                    if value >> numberBits == tag, entries[number - 1].prefix == prefix,
                       Int(entries[number - 1].keyLength) == bytes.count, bytes.count <= 8 || matchesKey(number - 1, bytes) {
                        return (entries[number - 1].sets, entries[number - 1].text)
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    private func matchesKey(_ entry: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        keyBytes.withUnsafeBufferPointer { SpellingKey.equal($0, from: Int(entries[entry].keyStart), bytes) }
    }

    /// The lists holding the word spelt by `bytes` (UTF-8); empty when it is in none.
    func sets(of bytes: UnsafeBufferPointer<UInt8>) -> WordSet { lookup(bytes)?.sets ?? [] }

    /// The lists holding `word`.
    func sets(of word: String) -> WordSet {
        var word = word
        return word.withUTF8 { sets(of: $0) }
    }

    /// The lists holding a word beyond ASCII: the table is keyed by bytes, but a list (of ASCII words) holds
    /// what Strings compare equal to, so a KELVIN SIGN counts as a K.
    func setsBeyondASCII(_ word: String) -> WordSet {
        let found = sets(of: word)
        guard found.isEmpty, let ascii = ASCIIEquivalent.of(word) else { return found }
        return sets(of: ascii)
    }

    /// Every word of the table.
    var allWords: [String] { entries.map(\.text) }

    /// The slot a key with `hash` starts probing from: the top `bits` bits (the best mixed).
    @inline(__always)
    private static func slot(_ hash: UInt64, bits: Int) -> Int { Int(truncatingIfNeeded: hash >> UInt64(64 - bits)) }

    /// The tag a slot keeps of a key with `hash`: the low bits, which the slot number does not use.
    @inline(__always)
    private static func tag(_ hash: UInt64, numberBits: UInt32) -> UInt32 {
        UInt32(truncatingIfNeeded: hash) & (UInt32.max >> numberBits)
    }
}

/// Numbers for a set of strings, found straight from a string's UTF-8 bytes: one open-addressing table with
/// an FNV hash, so that a lookup needs no `Hasher` and a miss mostly reads one slot (see also `WordTable`).
///
/// Keys are compared byte for byte, not as `String ==` compares them (canonical equivalence): a caller that
/// needs the latter keeps this for ASCII, where the two agree.
struct ByteKeyIndex: Sendable {
    /// Per slot: the key's hash in the high 32 bits and its number + 1 in the low 32; 0 marks an empty slot.
    /// The count is a power of two.
    private let slots: [UInt64]
    /// Key i (in insertion order) is `keyBytes[keyEnds[i - 1] ..< keyEnds[i]]` (from 0 for the first).
    private let keyEnds: [Int32]
    private let keyBytes: [UInt8]
    /// The number of key i.
    private let numbers: [Int32]

    /// An index of `numbers` by key; keys with the same bytes must not repeat.
    init(_ numbers: [String: Int]) {
        var capacity = 16
        // At most two thirds full, so that the table stays small enough to be cached.
        while capacity * 2 < numbers.count * 3 { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        var keyEnds: [Int32] = [], keyBytes: [UInt8] = [], values: [Int32] = []
        keyEnds.reserveCapacity(numbers.count)
        values.reserveCapacity(numbers.count)
        for (key, number) in numbers {
            let bytes = Array(key.utf8)
            let hash = Self.hash(bytes)
            var slot = Self.slot(hash, capacity)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            keyBytes += bytes
            keyEnds.append(Int32(keyBytes.count))
            values.append(Int32(number))
            slots[slot] = hash & 0xFFFF_FFFF_0000_0000 | UInt64(values.count)
        }
        self.slots = slots
        self.keyEnds = keyEnds
        self.keyBytes = keyBytes
        self.numbers = values
    }

    /// The number of the key spelt by `bytes` (UTF-8), if it is one.
    func number(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let hash = Self.hash(bytes), mask = slots.count - 1
        var slot = Self.slot(hash, slots.count)
        while true {
            let found = slots[slot]
            if found == 0 { return nil }
            if found & 0xFFFF_FFFF_0000_0000 == hash & 0xFFFF_FFFF_0000_0000 {
                let key = Int(found & 0xFFFF_FFFF) - 1
                if matches(key, bytes) { return Int(numbers[key]) }
            }
            slot = (slot + 1) & mask
        }
    }

    private func matches(_ key: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = Int(keyEnds[key]), start = key > 0 ? Int(keyEnds[key - 1]) : 0
        guard end - start == bytes.count else { return false }
        return keyBytes.withUnsafeBufferPointer { keys in
            for offset in 0..<bytes.count where keys[start + offset] != bytes[offset] { return false }
            return true
        }
    }

    @inline(__always)
    private static func slot(_ hash: UInt64, _ capacity: Int) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 29)) & (capacity - 1)
    }

    /// FNV-1a over the bytes.
    @inline(__always)
    private static func hash<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}

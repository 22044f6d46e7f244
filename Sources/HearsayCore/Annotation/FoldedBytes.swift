/// What the UTF-8 bytes of a word say with ASCII letters taken in lower case, so that "TAVILDARA" and
/// "Tavildara" say the same: their hash, whether all are ASCII, whether one is a space, and a quick bit of their
/// length and first and last bytes (for `QuickFilter`). The bytes are read eight at a time, in one pass.
struct FoldedBytes {
    /// A hash of the folded bytes, made odd (0 can mark an empty slot).
    let hash: UInt64
    /// Whether every byte is ASCII.
    let isASCII: Bool
    /// Whether one of the bytes is a space.
    let hasSpace: Bool
    /// A number below `QuickFilter.capacity` from the length and the folded first and last bytes.
    let quickBit: Int

    /// What `text`'s bytes say.
    init(_ text: String) {
        self = text.utf8.withContiguousStorageIfAvailable(Self.init(bytes:)) ?? Array(text.utf8).withUnsafeBufferPointer(Self.init(bytes:))
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        let raw = UnsafeRawBufferPointer(bytes), size = MemoryLayout<UInt64>.size
        var hash = UInt64(bytes.count) &* Self.multiplier, seen: UInt64 = 0, spaces: UInt64 = 0, offset = 0
        func add(_ word: UInt64) {
            seen |= word
            spaces |= Self.zeroBytes(word ^ Self.spaceBytes)
            hash = (hash ^ Self.asciiLowered(word)) &* Self.multiplier
            hash ^= hash >> 29
        }
        while offset + size <= bytes.count {
            add(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += size
        }
        if offset < bytes.count {
            // The last bytes, the rest of the word zero: neither a space nor a letter.
            var word: UInt64 = 0
            for index in offset..<bytes.count { word |= UInt64(bytes[index]) &<< UInt64(8 * (index - offset)) }
            add(word)
        }
        hash ^= hash >> 32
        self.hash = hash &* Self.multiplier | 1
        isASCII = seen & Self.highBits == 0
        hasSpace = spaces != 0
        quickBit = Self.quickBit(bytes)
    }

    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    /// Bit 7 of each byte: set in every byte beyond ASCII.
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let spaceBytes: UInt64 = 0x2020_2020_2020_2020
    /// Added to each byte below 0x80, these set its high bit from "A" on, and from the byte after "Z" on.
    private static let fromA: UInt64 = 0x3F3F_3F3F_3F3F_3F3F
    private static let afterZ: UInt64 = 0x2525_2525_2525_2525

    /// The high bit of each byte of `word` that is zero (any set says one is).
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- 0x0101_0101_0101_0101) & ~word & highBits
    }

    /// The eight bytes of `word` with ASCII capitals in lower case (a byte below 0x80 plus `fromA` does not carry).
    @inline(__always)
    static func asciiLowered(_ word: UInt64) -> UInt64 {
        let low = word & ~highBits
        let capitals = (low &+ fromA) & ~(low &+ afterZ) & ~word & highBits
        return word | capitals >> 2
    }

    /// Small odd multipliers that spread the length and the first byte over the quick bits before the last
    /// byte is added (a polynomial hash of three terms).
    private static let lengthMultiplier = 31
    private static let firstByteMultiplier = 7

    /// A number below `QuickFilter.capacity` from the length and the folded first and last bytes: the quick bit
    /// of a word's bytes, as `FoldedBytes(bytes).quickBit` without hashing them (kept per spelling in `WordFacts`).
    static func quickBit(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let first = bytes.first, let last = bytes.last else { return 0 }
        return (bytes.count &* lengthMultiplier &+ Int(UTF8Bytes.asciiLowered(first)) &* firstByteMultiplier &+ Int(UTF8Bytes.asciiLowered(last))) & (QuickFilter.capacity - 1)
    }
}

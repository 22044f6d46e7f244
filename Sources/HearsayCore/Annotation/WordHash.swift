/// A hash of an ASCII word's bytes taken eight at a time, for the byte-keyed indexes of names
/// (`NameKeyTable`, `NameWordIndex`): a few multiplications where FNV-1a takes one a byte.
enum WordHash {
    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let wordSize = MemoryLayout<UInt64>.size

    /// The hash of `string`'s UTF-8 bytes, or nil when one is beyond ASCII.
    @inline(__always)
    static func ascii(_ string: String) -> UInt64? {
        string.utf8.withContiguousStorageIfAvailable(ascii) ?? ascii(Array(string.utf8))
    }

    /// The hash of `string`'s bytes, or of its ASCII equal (`ASCIIEquivalent`, which `String ==` finds equal to
    /// it); nil for a string that has neither.
    static func asciiForm(_ string: String) -> UInt64? {
        if let hash = ascii(string) { return hash }
        return ASCIIEquivalent.of(string).flatMap(ascii)   // rules out most strings by their bytes
    }

    /// The hash of `bytes`, or nil when one is beyond ASCII. Its high bits are mixed as well as its low ones.
    static func ascii(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let raw = UnsafeRawBufferPointer(bytes)
        var hash = UInt64(bytes.count) &* multiplier, seen: UInt64 = 0, offset = 0
        while offset + wordSize <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            seen |= word
            hash = (hash ^ word) &* multiplier
            hash ^= hash >> 29
            offset += wordSize
        }
        if offset < bytes.count {
            var word: UInt64 = 0
            for index in offset..<bytes.count { word |= UInt64(bytes[index]) &<< UInt64(8 * (index - offset)) }
            seen |= word
            hash = (hash ^ word) &* multiplier
        }
        guard seen & highBits == 0 else { return nil }
        hash ^= hash >> 32
        return hash &* multiplier
    }

    /// `ascii` of an array's bytes.
    private static func ascii(_ bytes: [UInt8]) -> UInt64? {
        bytes.withUnsafeBufferPointer { ascii($0) }
    }
}

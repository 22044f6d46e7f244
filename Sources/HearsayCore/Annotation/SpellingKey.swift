/// A spelling's UTF-8 bytes reduced for the byte-keyed tables (`WordTable`, `WordSpellings`): a hash, and the
/// first eight bytes packed into a word, so that keys of eight bytes or fewer compare by it and their length alone.
struct SpellingKey {
    let hash: UInt64
    let prefix: UInt64

    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The key of `bytes`: packed eight at a time and mixed by multiplication.
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var hash = UInt64(bytes.count) &* Self.multiplier
        var word: UInt64 = 0, shift: UInt64 = 0, prefix: UInt64 = 0, packedFirst = false
        for byte in bytes {
            word |= UInt64(byte) &<< shift
            shift += 8
            if shift == 64 {
                if !packedFirst { (prefix, packedFirst) = (word, true) }
                hash = (hash ^ word) &* Self.multiplier
                word = 0
                shift = 0
            }
        }
        if bytes.count < 8 { prefix = word }
        hash = ((hash ^ word) &* Self.multiplier) ^ (hash >> 31)
        self.hash = hash &* Self.multiplier
        self.prefix = prefix
    }

    /// Whether `keys[start...]` begins with `bytes`.
    @inline(__always)
    static func equal(_ keys: UnsafeBufferPointer<UInt8>, from start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for offset in 0..<bytes.count where keys[start + offset] != bytes[offset] { return false }
        return true
    }
}

/// FNV-1a over UTF-8 bytes, ASCII letters folded to lower case: the case-blind hash of `FoldedBytes` (for
/// `KnownPlaceNames`), with whether every byte was ASCII. Words compared as written use `WordHash`.
enum ByteHash {
    /// The hash of `bytes`, ASCII letters taken in lower case, and whether all are ASCII.
    @inline(__always)
    static func foldedFNV1a<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> (hash: UInt64, isASCII: Bool) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325, high: UInt8 = 0
        for byte in bytes {
            high |= byte
            let folded = UTF8Bytes.asciiLowered(byte)
            hash = (hash ^ UInt64(folded)) &* 0x100_0000_01b3
        }
        return (hash, high < 0x80)
    }
}

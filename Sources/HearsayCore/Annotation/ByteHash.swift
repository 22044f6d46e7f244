/// FNV-1a over UTF-8 bytes, the hash of the byte-keyed indexes of place names
/// (the gazetteer's word keys, `FoldedBytes` for `KnownPlaceNames`), with whether every byte
/// was ASCII.
enum ByteHash {
    /// The hash of `bytes`, ASCII letters taken in lower case when `foldingCase`, and whether all are ASCII.
    @inline(__always)
    static func fnv1a<Bytes: Sequence<UInt8>>(_ bytes: Bytes, foldingCase: Bool = false) -> (hash: UInt64, isASCII: Bool) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325, high: UInt8 = 0
        for byte in bytes {
            high |= byte
            let folded = foldingCase ? UTF8Bytes.asciiLowered(byte) : byte
            hash = (hash ^ UInt64(folded)) &* 0x100_0000_01b3
        }
        return (hash, high < 0x80)
    }
}

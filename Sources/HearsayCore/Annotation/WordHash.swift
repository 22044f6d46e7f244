/// A hash of an ASCII word's bytes, for the byte-keyed indexes of names (`NameKeyTable`, `NameWordIndex`): the
/// vocabulary's `SpellingKey` hash, for words whose bytes are all ASCII.
enum WordHash {

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

    /// The hash of `bytes`, or nil when one is beyond ASCII.
    static func ascii(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var offset = 0
        while offset + ByteWord.width <= bytes.count {
            if ByteWord(bytes, at: offset).nonASCII != 0 { return nil }
            offset += ByteWord.width
        }
        guard !bytes[offset...].contains(where: { $0 >= 0x80 }) else { return nil }
        return SpellingKey(bytes).hash
    }

    /// `ascii` of an array's bytes.
    private static func ascii(_ bytes: [UInt8]) -> UInt64? {
        bytes.withUnsafeBufferPointer { ascii($0) }
    }
}

/// The quick bits (`FoldedBytes.quickBit`) of the keys a `PersonRegistry` holds, so that an ASCII word — most
/// one-word mentions — is known to be no key by the bit its spelling keeps (`WordFacts.asciiQuickBit`), without
/// hashing it. A key is noted by the bytes of its ASCII form (`ASCIIEquivalent`), which an ASCII word equal to it
/// (`String ==`) has; a key without one equals no ASCII word.
struct KeyQuickFilter: Sendable {
    private var bits = QuickFilter()

    /// Notes a key.
    mutating func add(_ key: String) {
        if let bit = Self.asciiQuickBit(of: key) { bits.insert(bit) }
    }

    /// Whether a word whose spelling's `WordFacts.asciiQuickBit` is `asciiQuickBit` may equal a key added: false
    /// only for an ASCII word whose bit no key has.
    func mayHold(asciiQuickBit: UInt16) -> Bool {
        bits.mayHold(asciiQuickBit: asciiQuickBit)
    }

    /// The quick bit of the key's ASCII form, nil when it has none.
    private static func asciiQuickBit(of key: String) -> Int? {
        if let bit = key.utf8.withContiguousStorageIfAvailable(quickBitIfASCII) ?? nil { return bit }
        return ASCIIEquivalent.of(key).flatMap { Array($0.utf8).withUnsafeBufferPointer(quickBitIfASCII) }
    }

    /// The quick bit of `bytes` when they are all ASCII.
    private static func quickBitIfASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        bytes.allSatisfy { $0 < 0x80 } ? FoldedBytes.quickBit(bytes) : nil
    }
}

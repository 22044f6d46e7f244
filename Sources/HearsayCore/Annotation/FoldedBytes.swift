/// What the UTF-8 bytes of a word say with ASCII letters taken in lower case, so that "TAVILDARA" and
/// "Tavildara" say the same: their hash, whether all are ASCII, whether one is a space, and a quick bit of their
/// length and first and last bytes (for `QuickFilter`).
struct FoldedBytes {
    /// FNV-1a over the folded bytes, made odd (0 can mark an empty slot).
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
        let (hash, isASCII) = ByteHash.foldedFNV1a(bytes)
        self.hash = hash | 1
        self.isASCII = isASCII
        hasSpace = bytes.contains(UInt8(ascii: " "))
        quickBit = Self.quickBit(bytes)
    }

    /// The quick bit of a word, as `FoldedBytes(text).quickBit` without hashing it.
    static func quickBit(of text: String) -> Int {
        text.utf8.withContiguousStorageIfAvailable(quickBit) ?? Array(text.utf8).withUnsafeBufferPointer(quickBit)
    }

    /// The quick bit of a word whose bytes are all ASCII; nil for another.
    static func asciiQuickBit(of text: String) -> Int? {
        text.utf8.withContiguousStorageIfAvailable(asciiQuickBit) ?? Array(text.utf8).withUnsafeBufferPointer(asciiQuickBit)
    }

    private static func asciiQuickBit(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        bytes.allSatisfy { $0 < 0x80 } ? quickBit(bytes) : nil
    }

    /// Small odd multipliers that spread the length and the first byte over the quick bits before the last
    /// byte is added (a polynomial hash of three terms).
    private static let lengthMultiplier = 31
    private static let firstByteMultiplier = 7

    /// A number below `QuickFilter.capacity` from the length and the folded first and last bytes.
    private static func quickBit(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let first = bytes.first, let last = bytes.last else { return 0 }
        return (bytes.count &* lengthMultiplier &+ Int(UTF8Bytes.asciiLowered(first)) &* firstByteMultiplier &+ Int(UTF8Bytes.asciiLowered(last))) & (QuickFilter.capacity - 1)
    }
}

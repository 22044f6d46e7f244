/// Eight bytes of text read as one 64-bit word, so that a scan can ask a question of all eight at once (SWAR).
///
/// Byte `i` of the eight is bits `8i ..< 8i + 8` of `bits` on every platform (the word is read little-endian).
/// A question's answer is a mask with bit 7 of each byte that answers yes. Masks said to be exact at their lowest
/// bit come from subtracting across the word: a byte that answers yes can borrow from the byte above it, so bits
/// above the lowest may be false, but the mask is zero exactly when no byte answers yes, and its lowest bit is true.
struct ByteWord {
    /// How many bytes a word holds.
    static let width = 8

    let bits: UInt64

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `offset` (which must leave eight bytes in `bytes`).
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) {
        bits = UInt64(littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// Bit 7 of each byte beyond ASCII (0x80 and up); exact.
    @inline(__always)
    var nonASCII: UInt64 { bits & Self.highs }

    /// Whether all eight bytes are printable ASCII or DEL (0x20 ... 0x7F): adding 0x60 sets bit 7 of each of them and
    /// of no byte below; a byte with bit 7 already set fails whatever the carries.
    @inline(__always)
    var isPrintableASCII: Bool { (bits &+ Self.ones &* 0x60) & ~bits & Self.highs == Self.highs }

    /// Bit 7 of each byte below `limit` (at most 0x80); exact at its lowest bit.
    @inline(__always)
    func below(_ limit: UInt8) -> UInt64 { (bits &- Self.ones &* UInt64(limit)) & ~bits & Self.highs }

    /// Bit 7 of each byte equal to `value`; exact at its lowest bit.
    @inline(__always)
    func equal(to value: UInt8) -> UInt64 { ByteWord(bits: bits ^ Self.ones &* UInt64(value)).below(1) }

    /// Bit 7 of each byte equal to `value` or to `value` without bit 5 (0x20) — `0xE2` finds 0xC2 and 0xE2; exact at
    /// its lowest bit.
    @inline(__always)
    func equal(toEitherCaseOf value: UInt8) -> UInt64 { ByteWord(bits: bits | Self.ones &* 0x20).equal(to: value) }

    /// Bit 7 of each ASCII letter or digit; exact: each byte is tested with its bit 7 raised, so that subtracting a
    /// bound below 0x80 never borrows from the next byte and leaves bit 7 set exactly when the byte is at least it.
    @inline(__always)
    var asciiAlphanumerics: UInt64 {
        func atLeast(_ raised: UInt64, _ bound: UInt64) -> UInt64 { (raised &- Self.ones &* bound) & Self.highs }
        let raised = bits | Self.highs, folded = bits | Self.ones &* 0x20 | Self.highs   // folded: letters in lower case
        let letters = atLeast(folded, 0x61) & ~atLeast(folded, 0x7B)
        let digits = atLeast(raised, 0x30) & ~atLeast(raised, 0x3A)
        return (letters | digits) & ~bits & Self.highs
    }

    /// Bit 7 of each UTF-8 continuation byte (0b10xxxxxx); exact.
    @inline(__always)
    var continuations: UInt64 { bits & ~(bits << 1) & Self.highs }

    /// How many bytes an exact mask marks (a population count without the POPCNT instruction, which the build
    /// does not assume): the marks moved to bit 0 of each byte, summed into the top byte by a multiplication.
    @inline(__always)
    static func count(of mask: UInt64) -> Int { Int(truncatingIfNeeded: ((mask >> 7) &* ones) >> 56) }

    /// The bits of the first `count` bytes (0 ... 7): a mask to keep the part of an answer about them.
    @inline(__always)
    static func first(_ count: Int) -> UInt64 { (1 << UInt64(count &* 8)) &- 1 }

    /// How many bytes from the first have bit 7 set in the exact mask `mask` (0 ... 8).
    @inline(__always)
    static func leadingRun(of mask: UInt64) -> Int { (~mask & highs).trailingZeroBitCount >> 3 }

    /// The index (0 ... 7) of the byte whose bit 7 is the lowest set bit of `mask`, which is not zero.
    @inline(__always)
    static func firstByte(of mask: UInt64) -> Int { mask.trailingZeroBitCount >> 3 }

    @inline(__always)
    private init(bits: UInt64) {
        self.bits = bits
    }
}

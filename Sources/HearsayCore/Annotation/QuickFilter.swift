/// A set of numbers below 256 (quick bits of words), one bit each, kept inline: no allocation.
struct QuickFilter {
    /// How many numbers the filter can hold: those below it.
    static let capacity = 256
    private var bits = SIMD4<UInt64>(repeating: 0)
    /// A number's lane is the number shifted right by this (log2 of `UInt64.bitWidth`)...
    private static let laneShift = UInt64.bitWidth.trailingZeroBitCount
    /// ...and its bit in the lane the number's low bits, under this mask.
    private static let bitInLane = UInt64.bitWidth - 1

    /// Adds `number` (below `capacity`).
    mutating func insert(_ number: Int) {
        bits[number >> Self.laneShift] |= 1 << UInt64(number & Self.bitInLane)
    }

    /// Whether `number` (below `capacity`) was inserted.
    func contains(_ number: Int) -> Bool {
        bits[number >> Self.laneShift] & (1 << UInt64(number & Self.bitInLane)) != 0
    }

    /// Whether a word whose spelling's `WordFacts.asciiQuickBit` is `asciiQuickBit` may be one of those whose quick
    /// bits were inserted: false only for an ASCII word whose bit is not in the filter (a word beyond ASCII has none).
    func mayHold(asciiQuickBit: UInt16) -> Bool {
        asciiQuickBit == WordFacts.notASCII || contains(Int(asciiQuickBit))
    }
}

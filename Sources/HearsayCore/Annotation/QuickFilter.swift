/// A set of numbers below 256 (quick bits of words), one bit each, kept inline: no allocation.
struct QuickFilter {
    /// How many numbers the filter can hold: those below it.
    static let capacity = 256
    private var bits = SIMD4<UInt64>(repeating: 0)

    /// Adds `number` (below `capacity`).
    mutating func insert(_ number: Int) {
        bits[number >> 6] |= 1 << UInt64(number & 63)
    }

    /// Whether `number` (below `capacity`) was inserted.
    func contains(_ number: Int) -> Bool {
        bits[number >> 6] & (1 << UInt64(number & 63)) != 0
    }
}

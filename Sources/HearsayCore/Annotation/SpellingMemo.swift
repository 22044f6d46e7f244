/// Answers kept per spelling of one article (a token's `word` number → a small number), so that a question about
/// a word's text is asked once per spelling rather than once per token: the same words recur through an article.
/// An open-addressing table keyed by the number, probed without a `Hasher` and without reading the text.
struct SpellingMemo {
    /// Slots at first (a power of two): an article's capitalised spellings mostly fit.
    private static let initialSlots = 128
    /// A large odd multiplier whose product's high bits choose a slot (Fibonacci hashing).
    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    /// Flipped in an answer as kept, so that a zero slot is the answer `Int32.min` of spelling 0: no answer kept
    /// may be `Int32.min`, and a zero slot is an empty one.
    private static let signBit: UInt32 = 0x8000_0000

    /// Per slot: a spelling's number in the high half, its answer (`signBit` flipped) in the low half; 0 when empty.
    private var slots = [UInt64](repeating: 0, count: initialSlots)
    /// log2 of `slots.count`.
    private var bits = initialSlots.trailingZeroBitCount
    private var count = 0

    /// The answer kept for spelling `number`, or, the first time, `make()`'s (not `Int32.min`), kept: one probe
    /// of the table either way.
    @inline(__always)
    mutating func answer(for number: UInt32, ifNew make: () -> Int32) -> Int32 {
        let mask = slots.count - 1
        var slot = Self.slot(number, bits)
        while slots[slot] != 0 {
            if UInt32(truncatingIfNeeded: slots[slot] >> 32) == number {
                return Int32(bitPattern: UInt32(truncatingIfNeeded: slots[slot]) ^ Self.signBit)
            }
            slot = (slot + 1) & mask
        }
        let answer = make()
        let entry = UInt64(number) << 32 | UInt64(UInt32(bitPattern: answer) ^ Self.signBit)
        if (count + 1) * 2 > slots.count {
            grow()
            put(entry)
        } else {
            slots[slot] = entry
        }
        count += 1
        return answer
    }

    private mutating func put(_ entry: UInt64) {
        var slot = Self.slot(UInt32(truncatingIfNeeded: entry >> 32), bits)
        while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
        slots[slot] = entry
    }

    /// Twice the slots, the answers put again.
    private mutating func grow() {
        let old = slots
        bits += 1
        slots = [UInt64](repeating: 0, count: 1 << bits)
        for entry in old where entry != 0 { put(entry) }
    }

    @inline(__always)
    private static func slot(_ number: UInt32, _ bits: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(number) &* multiplier) >> UInt64(UInt64.bitWidth - bits))
    }
}

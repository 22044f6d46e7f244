/// Answers kept per spelling of one article (a token's `word` number → a small number), so that a question about
/// a word's text is asked once per spelling rather than once per token: the same words recur through an article.
/// An open-addressing table keyed by the number, probed without a `Hasher` and without reading the text.
struct SpellingMemo {
    private struct Slot {
        var number: UInt32
        var answer: Int32
    }

    /// The answer of a slot that holds no spelling; no answer kept may be it.
    private static let empty = Int32.min
    /// Slots at first (a power of two): an article's capitalised spellings mostly fit.
    private static let initialSlots = 128
    /// A large odd multiplier whose product's high bits choose a slot (Fibonacci hashing).
    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    private var slots = [Slot](repeating: Slot(number: 0, answer: empty), count: initialSlots)
    /// log2 of `slots.count`.
    private var bits = initialSlots.trailingZeroBitCount
    private var count = 0

    /// The answer kept for spelling `number`, or, the first time, `make()`'s (not `Int32.min`), kept: one probe
    /// of the table either way.
    @inline(__always)
    mutating func answer(for number: UInt32, ifNew make: () -> Int32) -> Int32 {
        var slot = Self.slot(number, bits)
        while slots[slot].answer != Self.empty {
            if slots[slot].number == number { return slots[slot].answer }
            slot = (slot + 1) & (slots.count - 1)
        }
        let answer = make()
        if (count + 1) * 2 > slots.count {
            grow()
            put(Slot(number: number, answer: answer))
        } else {
            slots[slot] = Slot(number: number, answer: answer)
        }
        count += 1
        return answer
    }

    private mutating func put(_ entry: Slot) {
        var slot = Self.slot(entry.number, bits)
        while slots[slot].answer != Self.empty { slot = (slot + 1) & (slots.count - 1) }
        slots[slot] = entry
    }

    /// Twice the slots, the answers put again.
    private mutating func grow() {
        let old = slots
        bits += 1
        slots = [Slot](repeating: Slot(number: 0, answer: Self.empty), count: 1 << bits)
        for entry in old where entry.answer != Self.empty { put(entry) }
    }

    @inline(__always)
    private static func slot(_ number: UInt32, _ bits: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(number) &* multiplier) >> UInt64(UInt64.bitWidth - bits))
    }
}

/// Runs of ASCII letters and digits — most of every word — found eight bytes at a time.
enum ASCIIWordRun {
    private static let wordSize = MemoryLayout<UInt64>.size
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The first index from `start` whose byte is not an ASCII letter or digit, or the first of the last bytes
    /// (fewer than eight) that were not read; the caller goes on byte by byte from there.
    @inline(__always)
    static func end(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return start }
        var index = start
        while index + wordSize <= bytes.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            let run = (~lanes(word) & highs).trailingZeroBitCount / 8
            index += run
            if run < wordSize { break }
        }
        return index
    }

    /// The high bit of each byte lane set where the byte of `word` is an ASCII letter or digit. Each lane is
    /// tested with its high bit raised, so that subtracting a bound below 0x80 never borrows from the next lane
    /// and leaves the high bit set exactly when the byte is at least the bound.
    @inline(__always)
    static func lanes(_ word: UInt64) -> UInt64 {
        func atLeast(_ raised: UInt64, _ bound: UInt64) -> UInt64 { (raised &- bound &* ones) & highs }
        let raised = word | highs, folded = word | 0x20 &* ones | highs   // folded: letters in lower case
        let letters = atLeast(folded, 0x61) & ~atLeast(folded, 0x7B)
        let digits = atLeast(raised, 0x30) & ~atLeast(raised, 0x3A)
        return (letters | digits) & ~word & highs
    }
}

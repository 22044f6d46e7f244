/// What a token's letters look like: how many, whether any is upper or lower case, whether it has a hyphen.
struct TokenShape {
    var letters = 0
    var hasUpper = false
    var hasLower = false
    var hasHyphen = false

    /// The shape of the ASCII token at `range` of `text`, and its length; nil when a byte is beyond ASCII. A token
    /// of up to eight bytes that are not the text's last eight is read as one word (see `ofWord`), others byte by byte.
    @inline(__always)
    static func of(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> (TokenShape, Int)? {
        let length = range.count
        guard length <= wordSize, range.lowerBound + wordSize <= text.count else {
            return of(UnsafeBufferPointer(rebasing: text[range]))
        }
        let word = UInt64(littleEndian: UnsafeRawBufferPointer(text).loadUnaligned(fromByteOffset: range.lowerBound, as: UInt64.self))
        let mask = length == wordSize ? UInt64.max : (1 << UInt64(8 * length)) - 1
        return ofWord(word & mask).map { ($0, length) }
    }

    private static let wordSize = MemoryLayout<UInt64>.size
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The shape of up to eight bytes packed little-end first into `word`, zero bytes after them; nil when one is
    /// beyond ASCII. Each byte is tested in its lane: with its high bit set, subtracting a bound leaves the high
    /// bit set exactly when the byte is at least the bound, and no lane borrows from the next.
    @inline(__always)
    static func ofWord(_ word: UInt64) -> TokenShape? {
        guard word & highs == 0 else { return nil }
        let raised = word | highs
        func atLeast(_ bound: UInt64) -> UInt64 { (raised &- bound &* ones) & highs }
        let upper = atLeast(0x41) & ~atLeast(0x5B), lower = atLeast(0x61) & ~atLeast(0x7B)
        let dashes = word ^ (0x2D &* ones)   // a zero lane where a hyphen was
        let hyphens = ~(((dashes & ~highs) &+ ~highs) | dashes) & highs
        return TokenShape(letters: (upper | lower).nonzeroBitCount, hasUpper: upper != 0, hasLower: lower != 0,
                          hasHyphen: hyphens != 0)
    }

    /// The shape of an ASCII token read byte by byte, and its length (a scalar a byte); nil when a byte is beyond
    /// ASCII, for the scalar-by-scalar reading.
    @inline(__always)
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> (TokenShape, Int)? {
        var upper = 0, lower = 0, hyphen = false, high: UInt8 = 0
        for byte in bytes {
            high |= byte
            upper &+= byte &- 0x41 < 26 ? 1 : 0
            lower &+= byte &- 0x61 < 26 ? 1 : 0
            hyphen = hyphen || byte == 0x2D
        }
        guard high < 0x80 else { return nil }
        return (TokenShape(letters: upper + lower, hasUpper: upper > 0, hasLower: lower > 0, hasHyphen: hyphen), bytes.count)
    }
}

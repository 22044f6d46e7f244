/// What a token's letters look like: how many, whether any is upper or lower case, whether it has a hyphen.
struct TokenShape {
    var letters = 0
    var hasUpper = false
    var hasLower = false
    var hasHyphen = false

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

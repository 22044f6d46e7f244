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

    /// The shape of `bytes` read scalar by scalar (for text beyond ASCII), and its length in scalars.
    static func ofScalars(in bytes: UnsafeBufferPointer<UInt8>) -> (TokenShape, Int) {
        var shape = TokenShape(), count = 0
        var index = 0
        while index < bytes.count {
            let scalar = UTF8Bytes.scalar(in: bytes, at: index)
            index += UTF8Bytes.width(bytes[index])
            count += 1
            if scalar == "-" { shape.hasHyphen = true }
            guard ScalarClass.isLetter(scalar) else { continue }
            shape.letters += 1
            if ScalarClass.isUppercase(scalar) { shape.hasUpper = true } else if ScalarClass.isLowercase(scalar) { shape.hasLower = true }
        }
        return (shape, count)
    }
}

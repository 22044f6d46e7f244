/// Moving over valid UTF-8 (the bytes of a String) a scalar at a time, without decoding the whole text.
enum UTF8Bytes {
    /// The byte length of the scalar whose first byte is `lead`.
    @inline(__always)
    static func width(_ lead: UInt8) -> Int { lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4 }

    /// `byte` with an ASCII capital made lower case; any other byte as it is.
    @inline(__always)
    static func asciiLowered(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }

    /// Whether `byte` continues a scalar rather than starting one.
    @inline(__always)
    static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// The scalar whose first byte is at `index`.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Unicode.Scalar {
        let lead = bytes[index]
        return lead < 0x80 ? Unicode.Scalar(lead) : decode(bytes, at: index)
    }

    /// The first byte of the scalar that ends just before `index` (which is > 0).
    @inline(__always)
    static func start(in bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Int {
        var previous = index - 1
        while previous > 0, isContinuation(bytes[previous]) { previous -= 1 }
        return previous
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Unicode.Scalar {
        let lead = UInt32(bytes[index])
        let width = width(bytes[index])
        var value = lead & (0x7F >> UInt32(width))
        for next in (index + 1)..<min(index + width, bytes.count) { value = value << 6 | UInt32(bytes[next] & 0x3F) }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}

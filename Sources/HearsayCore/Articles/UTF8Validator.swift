/// Checks that bytes are well-formed UTF-8, eight ASCII bytes at a time: the standard library's check goes a byte at
/// a time and was half the cost of decoding an article.
enum UTF8Validator {
    /// What the bytes hold.
    enum Content: Equatable {
        /// Only ASCII (which includes no bytes at all).
        case ascii
        /// Well-formed UTF-8 with at least one scalar beyond ASCII.
        case multiByte
        /// Something that is not UTF-8: a stray or missing continuation byte, an overlong form, a surrogate, a
        /// scalar beyond U+10FFFF, or a sequence cut short by the end.
        case invalid
    }

    /// What `bytes` hold, by the rules of the Unicode Standard (table 3-7, well-formed UTF-8 byte sequences).
    static func content(of bytes: UnsafeBufferPointer<UInt8>) -> Content {
        var index = 0, sawMultiByte = false
        while index < bytes.count {
            if index + ByteWord.width <= bytes.count {
                let high = ByteWord(bytes, at: index).nonASCII
                if high == 0 {
                    index += ByteWord.width
                    continue
                }
                index += ByteWord.firstByte(of: high)
            }
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            let width = sequenceWidth(in: bytes, at: index)
            if width == 0 { return .invalid }
            sawMultiByte = true
            index += width
        }
        return sawMultiByte ? .multiByte : .ascii
    }

    /// The length of the well-formed sequence of two to four bytes that starts at `index`, or 0 when there is none.
    @inline(__always)
    private static func sequenceWidth(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let width: Int, second: ClosedRange<UInt8>
        switch lead {
        case 0xC2...0xDF: (width, second) = (2, 0x80...0xBF)
        case 0xE0: (width, second) = (3, 0xA0...0xBF)          // no overlong three-byte forms
        case 0xED: (width, second) = (3, 0x80...0x9F)          // no surrogates
        case 0xE1...0xEF: (width, second) = (3, 0x80...0xBF)
        case 0xF0: (width, second) = (4, 0x90...0xBF)          // no overlong four-byte forms
        case 0xF4: (width, second) = (4, 0x80...0x8F)          // nothing beyond U+10FFFF
        case 0xF1...0xF3: (width, second) = (4, 0x80...0xBF)
        default: return 0                                      // a continuation byte, C0, C1, F5 and up
        }
        guard index + width <= bytes.count, second.contains(bytes[index + 1]) else { return 0 }
        for offset in 2..<width where !UTF8Bytes.isContinuation(bytes[index + offset]) { return 0 }
        return width
    }
}

/// Turns a file's bytes into text: UTF-8 with replacement characters, or UTF-16 behind a byte-order mark.
public enum TextDecoder {
    /// The decoded text and what was odd about it.
    public struct Result: Sendable {
        public let text: String
        public let warnings: [ArticleWarning]
    }

    /// Decodes `bytes`; never fails: invalid sequences become U+FFFD and are counted in a warning.
    public static func decode(_ bytes: [UInt8]) -> Result {
        if let utf16 = decodeUTF16WithBOM(bytes) { return Result(text: utf16, warnings: [.decodedUTF16]) }
        if let valid = validUTF8(bytes) { return Result(text: valid, warnings: []) }
        return replacingInvalid(bytes)
    }

    /// `bytes` read as UTF-8 with each invalid sequence replaced by U+FFFD, and a warning that counts them.
    static func replacingInvalid(_ bytes: [UInt8]) -> Result {
        var replaced = 0
        var scalars = String.UnicodeScalarView()
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: break loop
            case .error:
                replaced += 1
                scalars.append("\u{FFFD}")
            }
        }
        return Result(text: String(scalars), warnings: replaced > 0 ? [.invalidUTF8(replacedSequences: replaced)] : [])
    }

    /// The text of `bytes` when they are well-formed UTF-8 (nearly every file): checked by `UTF8Validator`, then
    /// copied without a second check.
    private static func validUTF8(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { bytes in
            switch UTF8Validator.content(of: bytes) {
            case .ascii: String(trustedUTF8: bytes, isASCII: true)
            case .multiByte: String(trustedUTF8: bytes, isASCII: false)
            case .invalid: nil
            }
        }
    }

    /// Whether the bytes look like binary data rather than text: NUL bytes outside a UTF-16 file.
    public static func looksBinary(_ bytes: [UInt8]) -> Bool {
        if hasUTF16BOM(bytes) { return false }
        return bytes.withUnsafeBufferPointer { hasZeroByte(UnsafeBufferPointer(rebasing: $0.prefix(sniffLength))) }
    }

    /// Whether `bytes` hold a NUL, tested eight bytes at a time (`ByteWord`).
    private static func hasZeroByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var offset = 0
        while offset + ByteWord.width <= bytes.count {
            if ByteWord(bytes, at: offset).equal(to: 0) != 0 { return true }
            offset += ByteWord.width
        }
        return bytes[offset...].contains(0)
    }

    static let sniffLength = 8192

    static func hasUTF16BOM(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
    }

    private static func decodeUTF16WithBOM(_ bytes: [UInt8]) -> String? {
        guard hasUTF16BOM(bytes) else { return nil }
        let littleEndian = bytes[0] == 0xFF
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(littleEndian ? a | (b << 8) : (a << 8) | b)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}

/// Lowering a new spelling and finding the word lists of its lower case (see `WordNumbering.learn`).
extension WordNumbering {
    /// Longest word lowered on the stack; longer ones go through `String.lowercased()`.
    private static let loweringLimit = 64

    /// The number of the lower case of `text` (spelt `bytes`), added when new — nil when lowering leaves the bytes
    /// as they are — and the word lists of the lower case. ASCII is lowered on the stack.
    mutating func lowered(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> (UInt32?, WordSet) {
        let lists = vocabulary.lists
        guard bytes.count <= Self.loweringLimit else {
            let lower = isASCII ? text.lowercased() : Self.loweredBeyondASCII(bytes)
            return (number(of: lower, unlessSpelt: bytes), lists.setsBeyondASCII(lower))
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
            guard Self.lowerLatin1(bytes, into: buffer) else {
                let lower = Self.loweredBeyondASCII(bytes)
                return (number(of: lower, unlessSpelt: bytes), lists.setsBeyondASCII(lower))
            }
            let lower = UnsafeBufferPointer(buffer)
            let folded = isASCII ? lists.sets(of: lower) : lists.setsBeyondASCII(String(decoding: lower, as: UTF8.self))
            return (number(of: lower, unlessSpelt: bytes), folded)
        }
    }

    /// The number of `lower`, or nil when it is spelt as `bytes` (a capital without a lower case, such as ϒ).
    private mutating func number(of lower: UnsafeBufferPointer<UInt8>, unlessSpelt bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
        if lower.count == bytes.count, SpellingKey.equal(bytes, from: 0, lower) { return nil }
        return spelling(lower).number
    }

    private mutating func number(of lower: String, unlessSpelt bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
        var lower = lower
        return lower.withUTF8 { number(of: $0, unlessSpelt: bytes) }
    }

    /// Writes `bytes` in lower case into `buffer` (as long), when they are ASCII and Latin-1 letters, whose capitals
    /// lower by arithmetic; false, with the buffer unfinished, at any other scalar.
    @inline(__always)
    private static func lowerLatin1(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                buffer[index] = UTF8Bytes.asciiLowered(byte)
                index += 1
                continue
            }
            guard byte == 0xC3, index + 1 < bytes.count else { return false }
            let second = bytes[index + 1]
            let scalar = Unicode.Scalar(0xC0 | second & 0x3F)   // C3 80...C3 BF spell U+00C0...U+00FF
            guard ScalarClass.isLatin1Letter(scalar) else { return false }
            buffer[index] = byte
            buffer[index + 1] = ScalarClass.isLatin1Capital(scalar) ? second + ScalarClass.latin1CaseOffset : second
            index += 2
        }
        return true
    }

    /// `String(decoding: bytes).lowercased()`, which is each scalar's lower-case mapping in turn, made from the
    /// bytes: ASCII and Latin-1 capitals by arithmetic, other scalars by their Unicode mapping.
    @inline(never)   // Unicode's mapping makes a dynamically sized frame (see ScalarClass)
    private static func loweredBeyondASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var lower: [UInt8] = []
        lower.reserveCapacity(bytes.count + 4)
        var index = 0
        while index < bytes.count {
            let scalar = UTF8Bytes.scalar(in: bytes, at: index)
            let width = UTF8Bytes.width(bytes[index])
            if scalar.value < 0x80 {
                lower.append(UTF8Bytes.asciiLowered(bytes[index]))
            } else if ScalarClass.isLatin1Letter(scalar), ScalarClass.isLatin1Capital(scalar) {
                lower.append(bytes[index])   // C3 80...C3 9E → C3 A0...C3 BE
                lower.append(bytes[index + 1] + ScalarClass.latin1CaseOffset)
            } else {
                lower += scalar.properties.lowercaseMapping.utf8
            }
            index += width
        }
        return String(decoding: lower, as: UTF8.self)
    }
}

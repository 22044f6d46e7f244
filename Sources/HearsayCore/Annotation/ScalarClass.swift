/// Fast answers about scalars for the tokenizer: a table for ASCII, Unicode properties beyond it.
enum ScalarClass {
    private static let letter: UInt8 = 1, digit: UInt8 = 2, space: UInt8 = 4, upper: UInt8 = 8

    private static let ascii: [UInt8] = (0..<128).map { value -> UInt8 in
        switch value {
        case 0x41...0x5A: return letter | upper
        case 0x61...0x7A: return letter
        case 0x30...0x39: return digit
        case 0x09...0x0D, 0x20: return space
        default: return 0
        }
    }

    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 128 ? ascii[Int(scalar.value)] & space != 0 : scalar.properties.isWhitespace
    }

    /// Letters, digits and combining marks: the stuff of words.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 128 { return ascii[Int(scalar.value)] & (letter | digit) != 0 }
        if (0x2000...0x206F).contains(scalar.value) { return false }   // general punctuation: quotes, dashes
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
            || properties.generalCategory == .spacingMark || properties.generalCategory == .enclosingMark
    }

    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 128 ? ascii[Int(scalar.value)] & digit != 0 : scalar.properties.numericType != nil
    }

    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 128 ? ascii[Int(scalar.value)] & letter != 0 : scalar.properties.isAlphabetic
    }

    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 128 { return ascii[Int(scalar.value)] & upper != 0 }
        let properties = scalar.properties
        return properties.isUppercase || properties.generalCategory == .titlecaseLetter
    }

    @inline(__always)
    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 128 { return ascii[Int(scalar.value)] & (letter | upper) == letter }
        return scalar.properties.isLowercase
    }
}

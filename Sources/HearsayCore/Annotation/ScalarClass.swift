/// Fast answers about scalars for the tokenizer: arithmetic for ASCII, Unicode properties beyond it.
enum ScalarClass {
    @inline(__always)
    private static func asciiLetter(_ value: UInt32) -> Bool { (value | 0x20) &- 0x61 < 26 }

    @inline(__always)
    private static func asciiDigit(_ value: UInt32) -> Bool { value &- 0x30 < 10 }

    /// An ASCII letter or digit, for a byte below 0x80.
    @inline(__always)
    static func isASCIIWordByte(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 }

    /// The Unicode White_Space property, spelt out: it has 25 members.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 128 { return value == 0x20 || value &- 0x09 < 5 }
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Letters, digits and combining marks: the stuff of words.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 128 { return asciiLetter(scalar.value) || asciiDigit(scalar.value) }
        return isWordScalarBeyondASCII(scalar)
    }

    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 128 ? asciiDigit(scalar.value) : isDigitBeyondASCII(scalar)
    }

    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 128 ? asciiLetter(scalar.value) : isLetterBeyondASCII(scalar)
    }

    @inline(__always)
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 128 { return scalar.value &- 0x41 < 26 }
        return isUppercaseBeyondASCII(scalar)
    }

    @inline(__always)
    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 128 { return scalar.value &- 0x61 < 26 }
        return isLowercaseBeyondASCII(scalar)
    }

    // Beyond ASCII, Unicode properties: kept out of line, because `Unicode.Scalar.Properties` is resilient and
    // reading it inline makes every caller (the tokenizer's hottest functions) set up a dynamically sized frame.

    /// General Punctuation (quotation marks, dashes, spaces): no letter, digit or mark in it, and common in news.
    @inline(__always)
    private static func isGeneralPunctuation(_ scalar: Unicode.Scalar) -> Bool { (0x2000...0x206F).contains(scalar.value) }

    @inline(never)
    private static func isWordScalarBeyondASCII(_ scalar: Unicode.Scalar) -> Bool {
        if isLatin1Letter(scalar) { return true }
        if isGeneralPunctuation(scalar) { return false }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
            || properties.generalCategory == .spacingMark || properties.generalCategory == .enclosingMark
    }

    /// Latin-1's letters, À to ÿ without × and ÷: the commonest letters beyond ASCII in news ("Peña", "Müller").
    @inline(__always)
    static func isLatin1Letter(_ scalar: Unicode.Scalar) -> Bool {
        (0xC0...0xFF).contains(scalar.value) && scalar.value != 0xD7 && scalar.value != 0xF7
    }

    /// A Latin-1 letter in upper case (À to Þ); its lower case is `latin1CaseOffset` further on.
    @inline(__always)
    static func isLatin1Capital(_ scalar: Unicode.Scalar) -> Bool { scalar.value < 0xDF }

    /// How far a Latin-1 capital is from its lower case, in scalar value and in its second UTF-8 byte alike.
    static let latin1CaseOffset: UInt8 = 0x20

    @inline(never)
    private static func isDigitBeyondASCII(_ scalar: Unicode.Scalar) -> Bool {
        !isGeneralPunctuation(scalar) && scalar.properties.numericType != nil
    }

    @inline(never)
    private static func isLetterBeyondASCII(_ scalar: Unicode.Scalar) -> Bool {
        isLatin1Letter(scalar) || (!isGeneralPunctuation(scalar) && scalar.properties.isAlphabetic)
    }

    @inline(never)
    private static func isUppercaseBeyondASCII(_ scalar: Unicode.Scalar) -> Bool {
        if isLatin1Letter(scalar) { return isLatin1Capital(scalar) }
        if isGeneralPunctuation(scalar) { return false }
        let properties = scalar.properties
        return properties.isUppercase || properties.generalCategory == .titlecaseLetter
    }

    @inline(never)
    private static func isLowercaseBeyondASCII(_ scalar: Unicode.Scalar) -> Bool {
        isLatin1Letter(scalar) ? !isLatin1Capital(scalar) : !isGeneralPunctuation(scalar) && scalar.properties.isLowercase
    }
}

/// Numbers for a set of words, found as `String ==` finds them: ASCII words straight from their bytes
/// (`ByteKeyIndex`, no `Hasher`), other words by hashing the String.
struct NameWordIndex: Sendable {
    private let numbers: [String: Int]
    private let asciiNumbers: ByteKeyIndex

    /// An index of `numbers` by word; no two words may be equal as Strings.
    init(_ numbers: [String: Int]) {
        self.numbers = numbers
        var ascii: [String: Int] = [:]
        for (word, number) in numbers {
            if let equivalent = Self.asciiEquivalent(word) { ascii[equivalent] = number }
        }
        asciiNumbers = ByteKeyIndex(ascii)
    }

    /// The number of the word equal to `word`, if there is one.
    func number(of word: String) -> Int? {
        var word = word, isASCII = true
        let number = word.withUTF8 { bytes -> Int? in
            isASCII = bytes.allSatisfy { $0 < 0x80 }
            return isASCII ? asciiNumbers.number(of: bytes) : nil
        }
        return isASCII ? number : numbers[word]
    }

    /// The ASCII string that `String ==` finds equal to `word`, if there is one: the word itself, or with the
    /// only non-ASCII scalars whose canonical form is ASCII (KELVIN SIGN, GREEK QUESTION MARK, GREEK VARIA) mapped.
    /// Byte comparison then agrees with `String ==` for every ASCII word looked up.
    private static func asciiEquivalent(_ word: String) -> String? {
        var scalars = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            switch scalar {
            case "\u{212A}": scalars.append("K")
            case "\u{037E}": scalars.append(";")
            case "\u{1FEF}": scalars.append("`")
            default:
                guard scalar.isASCII else { return nil }
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}

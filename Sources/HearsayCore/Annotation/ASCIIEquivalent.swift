/// The ASCII spelling that `String ==` (canonical equivalence) finds equal to a word, so that tables keyed by
/// ASCII bytes answer as Swift's String sets and dictionaries would.
enum ASCIIEquivalent {
    /// The ASCII string equal to `word` as Strings compare, if there is one: the word itself, or with the only
    /// non-ASCII scalars whose canonical form is ASCII (KELVIN SIGN, GREEK QUESTION MARK, GREEK VARIA) mapped.
    static func of(_ word: String) -> String? {
        guard word.utf8.allSatisfy({ $0 < 0x80 || mayBeMapped($0) }) else { return nil }   // most words beyond ASCII
        var bytes: [UInt8] = []
        bytes.reserveCapacity(word.utf8.count)
        for scalar in word.unicodeScalars {
            switch scalar {
            case "\u{212A}": bytes.append(UInt8(ascii: "K"))
            case "\u{037E}": bytes.append(UInt8(ascii: ";"))
            case "\u{1FEF}": bytes.append(UInt8(ascii: "`"))
            default:
                guard scalar.isASCII else { return nil }
                bytes.append(UInt8(scalar.value))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether a byte beyond ASCII may belong to one of the three mapped scalars (E2 84 AA, CD BE, E1 BF AF): their
    /// lead and continuation bytes. Any other byte beyond ASCII belongs to a scalar that has no ASCII equivalent.
    @inline(__always)
    private static func mayBeMapped(_ byte: UInt8) -> Bool {
        switch byte {
        case 0xE2, 0x84, 0xAA, 0xCD, 0xBE, 0xE1, 0xBF, 0xAF: return true
        default: return false
        }
    }
}

/// The ASCII spelling that `String ==` (canonical equivalence) finds equal to a word, so that tables keyed by
/// ASCII bytes answer as Swift's String sets and dictionaries would.
enum ASCIIEquivalent {
    /// The ASCII string equal to `word` as Strings compare, if there is one: the word itself, or with the only
    /// non-ASCII scalars whose canonical form is ASCII (KELVIN SIGN, GREEK QUESTION MARK, GREEK VARIA) mapped.
    static func of(_ word: String) -> String? {
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

/// Makes article text safe to print or draw: no control character or escape sequence reaches the terminal.
///
/// Every scalar a terminal could act on instead of showing gets a visible stand-in of one column:
/// C0 controls (ESC among them) their control picture (␛), DEL ␡, C1 controls (CSI, OSC, DCS as single
/// scalars) and invisible format characters (bidirectional overrides and isolates, zero-width spaces and
/// joiners, tag characters) U+FFFD. So an escape sequence in an article shows as `␛[31m`, never as colour.
public enum SafeText {
    /// The visible stand-in for a scalar that must not reach a terminal, or nil when the scalar is harmless.
    public static func placeholder(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        switch value {
        case 0x09: return " "
        case 0x00...0x1F: return Unicode.Scalar(0x2400 + value)   // ␀ … ␟ control pictures
        case 0x7F: return "\u{2421}"                               // ␡
        case 0x80...0x9F: return "\u{FFFD}"                        // C1 controls, CSI among them
        case 0x20...0x7E, 0xA0...0x5FF: return nil                 // the common case, decided at once
        default: return isInvisibleFormat(scalar) ? "\u{FFFD}" : nil
        }
    }

    /// `text` with every unsafe scalar replaced by its placeholder (scalar count unchanged).
    public static func sanitize(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { placeholder(for: $0) != nil }) else { return text }
        var view = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { view.append(placeholder(for: scalar) ?? scalar) }
        return String(view)
    }

    /// Bidirectional controls (U+202A–202E, U+2066–2069, U+200E/200F, U+061C), zero-width and invisible
    /// characters (U+200B–200D, U+2060–2064, U+FEFF, U+180E), line and paragraph separators, tag characters
    /// (U+E0000–E007F), and every other format character except the Arabic marks drawn with a width.
    static func isInvisibleFormat(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x206F, 0xFEFF, 0xFFF9...0xFFFB, 0x061C, 0x180E,
             0xE0000...0xE007F:
            return true
        case 0x600...0x605, 0x6DD, 0x70F, 0x8E2, 0x110BD:
            return false
        default:
            return scalar.properties.generalCategory == .format
        }
    }
}

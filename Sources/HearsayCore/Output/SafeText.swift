/// Makes article text safe to print or draw: no control character or escape sequence reaches the terminal.
public enum SafeText {
    /// The visible stand-in for a scalar that must not reach a terminal, or nil when the scalar is harmless.
    public static func placeholder(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        switch value {
        case 0x09: return " "
        case 0x00...0x1F: return Unicode.Scalar(0x2400 + value)   // ␀ … ␟ control pictures
        case 0x7F: return "\u{2421}"                               // ␡
        case 0x80...0x9F: return "\u{FFFD}"                        // C1 controls, CSI among them
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF, 0xFFF9...0xFFFB, 0x061C:
            return "\u{FFFD}"                                      // zero-width, bidirectional controls
        default: return nil
        }
    }

    /// `text` with every unsafe scalar replaced by its placeholder (scalar count unchanged).
    public static func sanitize(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { placeholder(for: $0) != nil }) else { return text }
        var view = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { view.append(placeholder(for: scalar) ?? scalar) }
        return String(view)
    }
}

import CNCursesw
import HearsayCore

/// Turns what `wget_wch` returns into keys: function-key codes and characters.
enum KeyDecoder {
    /// The key for a function-key code (`wget_wch` returned KEY_CODE_YES), nil for one the reader ignores.
    static func functionKey(_ code: Int32) -> TerminalEvent? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        case KEY_RESIZE: return .resize
        default:
            for number in 1...12 where code == hs_key_f(Int32(number)) { return .key(.function(number)) }
            return nil
        }
    }

    /// The key for a character code (`wget_wch` returned OK), nil for one the reader ignores.
    static func character(_ code: UInt32) -> TerminalEvent? {
        switch code {
        case 10, 13: return .key(.enter)
        case 9: return .key(.tab)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26:
            guard let letter = Unicode.Scalar(code + 96) else { return nil }
            return .key(.control(Character(letter)))
        case 0...31, 0x80...0x9F: return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }
}

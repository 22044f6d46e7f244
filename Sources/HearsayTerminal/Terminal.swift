import CNCursesw
import CTermGuard
import Glibc
import HearsayCore

/// The terminal under ncursesw: the one file that calls curses. It copies grids to the screen,
/// reads keys, suspends, and restores the terminal when it ends.
public final class Terminal {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    /// How many colours can be used: 0 without colour (NO_COLOR, or fewer than 8).
    public let colourCount: Int
    /// Whether the user's locale is UTF-8. Otherwise (C, POSIX, Latin-1) every cell is drawn as one ASCII
    /// character (`AsciiFallback`), so nothing arrives as mojibake.
    public let isUTF8: Bool
    private var pairs: [PairKey: Int16] = [:]
    private var isActive = true

    /// Takes over the terminal. `colour` false (NO_COLOR, --no-color) keeps it monochrome.
    public init(colour: Bool) throws {
        setlocale(LC_ALL, "")
        isUTF8 = hs_is_utf8_codeset() != 0
        // ncursesw needs a UTF-8 LC_CTYPE to read and write wide characters at all; what is drawn in a
        // non-UTF-8 locale is ASCII only (see `cellText`).
        if !isUTF8 { setlocale(LC_CTYPE, "C.UTF-8") }
        guard isatty(0) == 1, isatty(1) == 1 else { throw TerminalError.notATerminal }
        termguard_unblock_signals()
        termguard_install()
        guard let screen = newterm(nil, hs_stdout(), hs_stdin()) else {
            throw TerminalError.unknownTerminal(getenv("TERM").map { String(cString: $0) })
        }
        set_term(screen)
        guard hs_can_address_cursor() != 0, let window = hs_stdscr() else {
            endwin()
            delscreen(screen)
            throw TerminalError.cannotAddressCursor(getenv("TERM").map { String(cString: $0) } ?? "")
        }
        self.screen = screen
        self.window = window
        raw()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        wtimeout(window, 250)
        var colours = 0
        if colour, has_colors() {
            start_color()
            use_default_colors()
            colours = Int(hs_colors())
        }
        colourCount = colours >= 8 ? colours : 0
    }

    deinit { shutdown() }

    /// The screen size now.
    public var size: Size { Size(width: Int(getmaxx(window)), height: Int(getmaxy(window))) }

    /// Copies `grid` to the screen (curses sends only what changed).
    public func draw(_ grid: Grid) {
        guard isActive else { return }
        werase(window)
        for y in 0..<grid.height { drawRow(grid, y) }
        wnoutrefresh(window)
        doupdate()
    }

    private func drawRow(_ grid: Grid, _ y: Int) {
        var x = 0
        while x < grid.width {
            let style = grid[x, y].style
            var text: [wchar_t] = []
            let start = x
            while x < grid.width, grid[x, y].style == style {
                appendCellText(grid[x, y].text, to: &text)
                x += 1
            }
            wattr_set(window, attributes(style.attributes), pair(for: style), nil)
            mvwaddnwstr(window, Int32(y), Int32(start), text, Int32(text.count))
        }
    }

    /// The last gate before the terminal: a cell's scalars, each through `SafeText` again (the grid already
    /// did, but nothing that could act as a control may pass here whatever made the grid), or its ASCII
    /// stand-in in a non-UTF-8 locale.
    private func appendCellText(_ cellText: String, to text: inout [wchar_t]) {
        guard isUTF8 else {
            let ascii = AsciiFallback.character(for: cellText).unicodeScalars.first?.value ?? 0x3F
            text.append(wchar_t(bitPattern: ascii))
            return
        }
        for scalar in cellText.unicodeScalars {
            text.append(wchar_t(bitPattern: (SafeText.placeholder(for: scalar) ?? scalar).value))
        }
    }

    /// Waits up to a quarter of a second for a key, a resize or a signal.
    public func readKey() -> TerminalEvent {
        var code: wint_t = 0
        let result = wget_wch(window, &code)
        let signal = termguard_pending_signal()
        if signal != 0 { return .signal(signal) }
        switch result {
        case KEY_CODE_YES: return KeyDecoder.functionKey(Int32(bitPattern: code)) ?? .timeout
        case OK: return KeyDecoder.character(UInt32(code)) ?? .timeout
        default: return .timeout
        }
    }

    /// Ctrl-Z: gives the terminal back, stops, and takes it again when continued.
    public func suspend() {
        endwin()
        termguard_stop_self()
        forceRedraw()
    }

    /// Ctrl-L, or after a suspend: the next draw repaints every cell.
    public func forceRedraw() {
        wclear(window)
        wrefresh(window)
    }

    /// Restores the terminal (idempotent): leaves the alternate screen, shows the cursor, resets modes.
    public func shutdown() {
        guard isActive else { return }
        isActive = false
        curs_set(1)
        endwin()
        delscreen(screen)
    }

    /// Ends the process as `signal` would, after restoring the terminal.
    public func die(by signal: Int32) -> Never {
        shutdown()
        termguard_die_by(signal)
        exit(128 + signal)
    }

    private func attributes(_ attributes: Attributes) -> attr_t {
        var value = attr_t(0)
        if attributes.contains(.bold) { value |= hs_a_bold() }
        if attributes.contains(.dim) { value |= hs_a_dim() }
        if attributes.contains(.italic) { value |= hs_a_italic() }
        if attributes.contains(.underline) { value |= hs_a_underline() }
        if attributes.contains(.reverse) { value |= hs_a_reverse() }
        return value
    }

    private struct PairKey: Hashable {
        let foreground: Int
        let background: Int
    }

    private func pair(for style: Style) -> Int16 {
        guard colourCount > 0 else { return 0 }
        let key = PairKey(foreground: ColorMatcher.index(for: style.foreground ?? .terminalDefault, available: colourCount),
                          background: ColorMatcher.index(for: style.background ?? .terminalDefault, available: colourCount))
        if key.foreground == -1 && key.background == -1 { return 0 }
        if let known = pairs[key] { return known }
        let number = Int16(pairs.count + 1)
        guard Int32(number) < min(hs_color_pairs(), 256) else { return 0 }
        init_pair(number, Int16(key.foreground), Int16(key.background))
        pairs[key] = number
        return number
    }
}

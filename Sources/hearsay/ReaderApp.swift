import HearsayCore
import HearsayTerminal

/// The app shell: render, read a key, update, carry out the command; file reads and theme loading
/// happen here (and in the catalog's caches), never in `update`.
final class ReaderApp {
    private let terminal: Terminal
    private let catalog: LibraryCatalog
    private let themes: ThemeCatalog
    private var state: ReaderState
    private var theme: Theme
    /// `TestCrashHook`: trap after the first frame.
    private let crashAfterFirstFrame: Bool

    init(terminal: Terminal, catalog: LibraryCatalog, themes: ThemeCatalog, themeName: String,
         crashAfterFirstFrame: Bool = false) {
        self.terminal = terminal
        self.crashAfterFirstFrame = crashAfterFirstFrame
        self.catalog = catalog
        self.themes = themes
        state = ReaderState(size: terminal.size, articleCount: catalog.count)
        theme = BuiltinThemes.standard
        if let index = themes.names.firstIndex(of: themeName) { state.themeIndex = index }
        loadTheme(named: themeName, context: ReaderContext(document: nil, themeNames: themes.names))
    }

    /// Runs until the user quits or a signal ends the program; the terminal is restored either way.
    func run() {
        defer { terminal.shutdown() }
        var needsDraw = true
        while true {
            if needsDraw { terminal.draw(Screen.render(state, catalog: catalog, theme: theme, glyphs: glyphs)) }
            if crashAfterFirstFrame { TestCrashHook.trap() }
            needsDraw = true
            let action: Action
            switch terminal.readKey() {
            case .signal(let signal): terminal.die(by: signal)
            case .timeout:
                needsDraw = false
                continue
            case .resize: action = .resize(terminal.size)
            case .key(let key):
                guard let mapped = KeyTable.action(for: key, searching: state.search.isEditing) else { continue }
                action = mapped
            }
            if perform(action) == .quit { return }
        }
    }

    private var glyphs: Glyphs { terminal.isUTF8 ? .unicode : .ascii }

    private func perform(_ action: Action) -> ReaderCommand? {
        let context = ReaderContext(document: catalog.loadedDocument(at: state.selection), themeNames: themes.names)
        let (next, command) = Reader.update(state, action, context: context)
        let themeChanged = next.themeIndex != state.themeIndex
        state = next
        if themeChanged { loadTheme(named: themes.names[state.themeIndex], context: context) }
        switch command {
        case .suspend?:
            terminal.suspend()
            state = Reader.update(state, .resize(terminal.size), context: context).state
        case .redraw?: terminal.forceRedraw()
        case .quit?, nil: break
        }
        return command
    }

    /// Loads a theme (falling back to the default) and reports a broken file through `update`.
    private func loadTheme(named name: String, context: ReaderContext) {
        let (loaded, error) = themes.theme(named: name)
        theme = terminal.colourCount >= 8 ? loaded : loaded.withoutColours()
        if let error {
            let note = StatusMessage(error.message + " (using the default theme)", kind: .error)
            state = Reader.update(state, .showMessage(note), context: context).state
        }
    }
}

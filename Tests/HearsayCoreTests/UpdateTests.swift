import HearsayCore
import Testing

/// Runs actions through `Reader.update` against a catalog, as the app shell does.
struct Session {
    let catalog: LibraryCatalog
    var state: ReaderState
    var lastCommand: ReaderCommand?
    let themes = ["default", "light", "mono"]

    init(_ catalog: LibraryCatalog, width: Int = 60, height: Int = 12) {
        self.catalog = catalog
        state = ReaderState(size: Size(width: width, height: height), articleCount: catalog.count)
    }

    mutating func send(_ actions: Action...) {
        for action in actions {
            let context = ReaderContext(document: catalog.loadedDocument(at: state.selection), themeNames: themes)
            (state, lastCommand) = Reader.update(state, action, context: context)
        }
    }

    mutating func type(_ text: String) {
        for character in text { send(.searchInput(character)) }
    }

    var document: ArticleDocument? { catalog.loadedDocument(at: state.selection) }

    /// The line index at the top of the reader.
    var topLine: Int {
        guard let document else { return -1 }
        return state.topLine(in: document.layout(width: state.layout.text.width))
    }
}

@Suite("Browsing: list movement, panes and scrolling")
struct BrowsingTests {
    @Test("Down and up move the selection, clamped at the ends, and mark articles read")
    func listMovement() {
        var session = Session(Fixtures.library())
        session.send(.moveUp)
        #expect(session.state.selection == 0)
        session.send(.moveDown, .moveDown, .moveDown)
        #expect(session.state.selection == 2)
        #expect(session.state.read == [0, 1, 2])
        session.send(.top)
        #expect(session.state.selection == 0)
        session.send(.bottom)
        #expect(session.state.selection == 2)
        session.send(.pageUp)
        #expect(session.state.selection == 0)
        session.send(.pageDown)
        #expect(session.state.selection == 2)
    }

    @Test("The selection always stays visible in a long list")
    func selectionVisible() {
        let items = (0..<50).map { (name: "a\($0).txt", text: Optional("Title \($0)\nBody."), annotation: Annotation.empty) }
        var session = Session(Fixtures.catalog(items), width: 60, height: 12)
        let rows = session.state.layout.listRows
        for _ in 0..<30 { session.send(.moveDown) }
        #expect(session.state.listTop == 30 - rows + 1)
        session.send(.pageDown)
        #expect(session.state.selection == 30 + rows - 1)
        #expect(session.state.selection < session.state.listTop + rows)
        session.send(.resize(Size(width: 60, height: 8)))
        #expect(session.state.selection < session.state.listTop + session.state.layout.listRows)
        session.send(.top)
        #expect(session.state.listTop == 0)
    }

    @Test("Enter focuses the reader; back, Escape's action and q return to the list")
    func focus() {
        var session = Session(Fixtures.library())
        session.send(.open)
        #expect(session.state.focus == .reader)
        session.send(.back)
        #expect(session.state.focus == .list)
        session.send(.open, .quitOrBack)
        #expect(session.state.focus == .list)
        #expect(session.lastCommand == nil)
        session.send(.switchPane)
        #expect(session.state.focus == .reader)
        session.send(.switchPane)
        #expect(session.state.focus == .list)
    }

    @Test("q in the list quits, Q quits anywhere, Ctrl-L redraws and Ctrl-Z suspends")
    func commands() {
        var session = Session(Fixtures.library())
        session.send(.quitOrBack)
        #expect(session.lastCommand == .quit)
        session.send(.open, .quit)
        #expect(session.lastCommand == .quit)
        session.send(.redraw)
        #expect(session.lastCommand == .redraw)
        session.send(.suspend)
        #expect(session.lastCommand == .suspend)
    }

    @Test("f hides the list for full-width reading and the list comes back with the reader focused out")
    func fullWidth() {
        var session = Session(Fixtures.library())
        session.send(.toggleList)
        #expect(session.state.listHidden)
        #expect(session.state.focus == .reader)
        #expect(session.state.layout.list == nil)
        session.send(.back)
        #expect(!session.state.listHidden)
        session.send(.toggleList, .toggleList)
        #expect(!session.state.listHidden)
    }

    @Test("J and K change article while reading, starting each from the top")
    func nextArticle() {
        var session = Session(Fixtures.longLibrary())
        session.send(.open, .pageDown)
        #expect(session.state.readerTop > 0)
        session.send(.nextArticle)
        #expect(session.state.selection == 1)
        #expect(session.state.readerTop == 0)
        #expect(session.state.focus == .reader)
        session.send(.previousArticle, .previousArticle)
        #expect(session.state.selection == 0)
    }

    @Test("The reader scrolls by line, by page with one line of overlap, and to top and bottom")
    func scrolling() throws {
        var session = Session(Fixtures.longLibrary())
        let rows = session.state.layout.readerRows
        session.send(.open, .moveDown)
        #expect(session.topLine == 1)
        session.send(.moveUp, .moveUp)
        #expect(session.topLine == 0)
        session.send(.pageDown)
        #expect(session.topLine == rows - 1)
        session.send(.pageUp)
        #expect(session.topLine == 0)
        session.send(.bottom)
        let layout = try Fixtures.document(session.catalog).layout(width: session.state.layout.text.width)
        #expect(session.topLine == layout.lines.count - rows)
        session.send(.moveDown)
        #expect(session.topLine == layout.lines.count - rows)
        session.send(.top)
        #expect(session.state.readerTop == 0)
    }

    @Test("Resizing keeps the first visible character of the article on screen")
    func resizeKeepsPlace() throws {
        var session = Session(Fixtures.longLibrary(), width: 80, height: 20)
        session.send(.open, .pageDown, .pageDown)
        let anchor = session.state.readerTop
        session.send(.resize(Size(width: 50, height: 14)))
        let layout = try Fixtures.document(session.catalog).layout(width: session.state.layout.text.width)
        let line = layout.lines[session.topLine]
        #expect(line.range.lowerBound <= anchor)
        #expect(anchor <= line.range.upperBound)
    }

    @Test("T cycles through the themes with a message, and a shell message is shown until the next key")
    func themesAndMessages() {
        var session = Session(Fixtures.library())
        session.send(.nextTheme)
        #expect(session.state.themeIndex == 1)
        #expect(session.state.message?.text == "Theme: light")
        session.send(.nextTheme, .nextTheme)
        #expect(session.state.themeIndex == 0)
        session.send(.showMessage(StatusMessage("broken theme", kind: .error)))
        #expect(session.state.message == StatusMessage("broken theme", kind: .error))
        session.send(.moveDown)
        #expect(session.state.message == nil)
    }

    @Test("? opens the help, movement scrolls it, any other key or closeOverlay closes it")
    func help() {
        var session = Session(Fixtures.library(), width: 80, height: 10)
        session.send(.help)
        #expect(session.state.overlay == .help(scroll: 0))
        session.send(.moveDown, .moveDown)
        #expect(session.state.overlay == .help(scroll: 2))
        session.send(.moveDown)
        #expect(session.state.selection == 0)
        session.send(.bottom)
        #expect(session.state.overlay == .help(scroll: HelpOverlay.maxScroll(for: session.state.size)))
        session.send(.nextQuote)
        #expect(session.state.overlay == nil)
        session.send(.help, .closeOverlay)
        #expect(session.state.overlay == nil)
    }

    @Test("update is total: a long random run of actions in tiny and normal sizes never breaks an invariant")
    func total() {
        var generator = SeededRandom(seed: 42)
        let actions: [Action] = [
            .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom, .open, .back, .switchPane, .toggleList,
            .nextArticle, .previousArticle, .startSearch, .nextMatch, .previousMatch, .searchInput("a"),
            .searchInput("o"), .searchBackspace, .searchConfirm, .searchCancel, .nextQuote, .previousQuote,
            .nextTheme, .help, .closeOverlay, .quitOrBack, .redraw, .suspend,
            .resize(Size(width: 1, height: 1)), .resize(Size(width: 0, height: 0)), .resize(Size(width: 70, height: 20)),
        ]
        var session = Session(Fixtures.longLibrary())
        for _ in 0..<3000 {
            session.send(actions[Int(generator.next() % UInt64(actions.count))])
            #expect(session.state.selection >= 0 && session.state.selection < session.catalog.count)
            #expect(session.state.listTop <= session.state.selection)
            _ = Screen.render(session.state, catalog: session.catalog, theme: BuiltinThemes.standard)
        }
    }
}

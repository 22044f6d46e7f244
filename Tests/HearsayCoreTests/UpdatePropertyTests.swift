import Testing
@testable import HearsayCore

/// The property the reader stands on: `update` is total and every state it reaches renders.
@Suite("update under random actions")
struct UpdatePropertyTests {
    /// Pieces of random articles: words, names, quotes, wide and combining text, and hostile scalars.
    static let pieces: [String] = [
        "the", "minister", "said", "\"We will stay,\"", "“Never,”", "Ana Costa", "told reporters", "Lisbon", "in",
        "東京都の", "Zoë", "e\u{301}", "🙂", "\u{1B}[31m", "\u{9B}2J", "\u{202E}", "\u{200B}", "\t", "Reykjavík",
        String(repeating: "x", count: 90), "—", "«Oui»", "O'Brien", ".", ",", " ", " ", " ", "\n", "\n\n",
    ]

    /// Characters typed into the search prompt, hostile ones among them.
    static let typed: [Character] = ["e", "a", "Z", "ö", "東", " ", "\u{1B}", "\u{202E}", "s", "i"]

    static func randomArticle(_ random: inout SeededRandom) -> String? {
        if Int.random(in: 0..<8, using: &random) == 0 { return nil }               // an unreadable entry
        let length = Int.random(in: 1...160, using: &random)
        return (0..<length).map { _ in pieces.randomElement(using: &random) ?? "" }.joined(separator: " ")
    }

    static func randomAction(_ random: inout SeededRandom) -> Action {
        switch Int.random(in: 0..<40, using: &random) {
        case 0..<3:
            let width = Int.random(in: 0...3, using: &random) == 0 ? Int.random(in: 0...160, using: &random) : Int.random(in: 0...45, using: &random)
            return .resize(Size(width: width, height: Int.random(in: 0...40, using: &random)))
        case 3..<8: return .searchInput(typed.randomElement(using: &random) ?? "e")
        case 8: return .showMessage(StatusMessage("note \u{1B}]2;x\u{7}", kind: .error))
        default:
            let plain: [Action] = [
                .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom, .open, .back, .switchPane, .toggleList,
                .nextArticle, .previousArticle, .startSearch, .nextMatch, .previousMatch, .searchBackspace,
                .searchConfirm, .searchCancel, .nextQuote, .previousQuote, .nextTheme, .help, .closeOverlay,
                .quitOrBack, .quit, .redraw, .suspend,
            ]
            return plain.randomElement(using: &random) ?? .moveDown
        }
    }

    /// Checks the invariants of `state` and renders it; returns false (with an issue) at the first broken one.
    /// Every state is rendered; every `cellCheckInterval`-th frame also has each cell checked for unsafe
    /// scalars (checking all of them doubles the run; the hostile-frame tests check every cell of theirs).
    static func check(_ state: ReaderState, _ catalog: LibraryCatalog, checkCells: Bool,
                      note: @autoclosure () -> String) -> Bool {
        var problems: [String] = []
        if catalog.count > 0 && !(0..<catalog.count).contains(state.selection) { problems.append("selection out of range") }
        if state.listTop > state.selection || state.selection >= state.listTop + state.layout.listRows { problems.append("selection not visible") }
        if let current = state.search.current, !state.search.matches.indices.contains(current) { problems.append("search.current out of range") }
        if let document = catalog.loadedDocument(at: state.selection) {
            // The current quote is kept as the offset where its stop starts.
            if let quote = state.currentQuote, document.quoteStop(startingAt: quote) == nil { problems.append("currentQuote is no quote stop") }
            if state.readerTop < 0 || state.readerTop > document.scalars.count { problems.append("readerTop outside the text") }
        }
        let grid = Screen.render(state, catalog: catalog, theme: BuiltinThemes.standard)
        if grid.width != state.size.width || grid.height != state.size.height { problems.append("grid size differs from state size") }
        if checkCells, grid.cells.contains(where: { cell in cell.text.unicodeScalars.contains { SafeText.placeholder(for: $0) != nil } }) {
            problems.append("an unsafe scalar in a cell")
        }
        guard problems.isEmpty else {
            Issue.record("\(problems.joined(separator: ", ")) after \(note())")
            return false
        }
        return true
    }

    static let cellCheckInterval = 10

    @Test("100,000 random actions over random articles and sizes never crash, keep every invariant, and every state renders")
    func randomRuns() {
        var random = SeededRandom(seed: 20_260_611)
        let annotator = Annotator()
        var total = 0
        for library in 0..<40 {
            let texts = (0..<Int.random(in: 1...7, using: &random)).map { _ in Self.randomArticle(&random) }
            let items = texts.enumerated().map { index, text in
                (name: "r\(library)-\(index).txt", text: text, annotation: Annotation.empty)
            }
            let catalog = Fixtures.catalog(items, annotate: { annotator.annotate($0) })
            var state = ReaderState(size: Size(width: Int.random(in: 0...120, using: &random),
                                               height: Int.random(in: 0...40, using: &random)), articleCount: catalog.count)
            var history: [Action] = []
            for _ in 0..<2_500 {
                let action = Self.randomAction(&random)
                history.append(action)
                let context = ReaderContext(document: catalog.loadedDocument(at: state.selection), themeNames: ["default", "mono"])
                state = Reader.update(state, action, context: context).state
                total += 1
                guard Self.check(state, catalog, checkCells: total % Self.cellCheckInterval == 0, note: "library \(library), actions \(history.suffix(8))") else { return }
            }
        }
        #expect(total == 100_000)
    }
}

import HearsayCore
import Testing

/// Whole frames at 60×12, spelled out row by row, plus the styles of named cells.
@Suite("Rendered frames")
struct FrameTests {
    let theme = BuiltinThemes.standard

    private func frame(_ session: Session) -> Grid {
        Screen.render(session.state, catalog: session.catalog, theme: theme)
    }

    private func expectRows(_ grid: Grid, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(grid.rows == expected, "actual:\n\(grid.rows.joined(separator: "\n"))", sourceLocation: sourceLocation)
    }

    /// The column of the `occurrence`-th `text` in row `y`, counting display columns.
    private func column(of text: String, row y: Int, in grid: Grid) -> Int? {
        var cells: [(column: Int, text: String)] = []
        for x in 0..<grid.width where !grid[x, y].isContinuation { cells.append((x, grid[x, y].text)) }
        let joined = cells.map(\.text)
        let pattern = text.map(String.init)
        guard pattern.count <= joined.count else { return nil }
        for start in 0...(joined.count - pattern.count) where Array(joined[start..<(start + pattern.count)]) == pattern {
            return cells[start].column
        }
        return nil
    }

    @Test("The first screen shows the list and the selected article side by side")
    func listAndReader() {
        let session = Session(Fixtures.library())
        expectRows(frame(session), [
            "┌ Articles (3) ────────┐┌ mayor.txt ───────────────────────┐",
            "│▶ Mayor promises a… 2❝││ Mayor promises a new bridge      │",
            "│● 東京都、新計画を… 0❝││                                  │",
            "│● broken.txt: binary …││ \"We will build it,\" said Ana     │",
            "│                      ││ Costa in Lisbon.                 │",
            "│                      ││                                  │",
            "│                      ││ Costa added that work starts in  │",
            "│                      ││ May.                             │",
            "│                      ││                                  │",
            "│                      ││ \"It is overdue,\" Rui Melo told   │",
            "└──────────────────────┘└──────────────────────────────────┘",
            " 1/3                                                    75% ",
        ])
    }

    @Test("Speakers, places, quotes, reported speech and the footer each get their role's style")
    func highlightStyles() throws {
        var session = Session(Fixtures.library(), width: 60, height: 16)
        session.send(.open)
        let grid = frame(session)
        let ana = try #require(column(of: "Ana", row: 3, in: grid))
        #expect(grid[ana, 3].style.foreground == theme.speaker(0).foreground)
        #expect(grid[ana, 3].style.attributes.contains(.bold))
        let costa = try #require(column(of: "Costa added", row: 6, in: grid))
        #expect(grid[costa, 6].style.foreground == theme.speaker(0).foreground)
        let rui = try #require(column(of: "Rui", row: 9, in: grid))
        #expect(grid[rui, 9].style.foreground == theme.speaker(1).foreground)
        #expect(theme.speaker(0).foreground != theme.speaker(1).foreground)
        let lisbon = try #require(column(of: "Lisbon", row: 4, in: grid))
        #expect(grid[lisbon, 4].style.foreground == theme.style(.place).foreground)
        #expect(grid[lisbon, 4].style.attributes.contains(.underline))
        let quote = try #require(column(of: "\"We", row: 3, in: grid))
        #expect(grid[quote, 3].style == theme.style(.quote))
        #expect(grid[quote + 1, 3].style == theme.style(.quote))
        let said = try #require(column(of: "said", row: 3, in: grid))
        #expect(grid[said, 3].style == theme.style(.text))
        let work = try #require(column(of: "work", row: 6, in: grid))
        #expect(grid[work, 6].style.foreground == theme.style(.reported).foreground)
        let footer = try #require(column(of: "© 2024", row: 12, in: grid))
        #expect(grid[footer, 12].style.attributes.contains(.dim))
        let headline = try #require(column(of: "Mayor", row: 1, in: grid))
        #expect(grid[headline + 30, 1].style.attributes.contains(.bold))
    }

    @Test("After ] the status bar names the quote and its speaker and the quote is drawn as current")
    func quoteJump() throws {
        var session = Session(Fixtures.library())
        session.send(.open, .nextQuote)
        let grid = frame(session)
        #expect(grid.row(11) == " 1/3  Quote 1/2 · Ana Costa                             75% ")
        let quote = try #require(column(of: "We will", row: 3, in: grid))
        #expect(grid[quote, 3].style == theme.style(.quote).patched(with: theme.style(.currentQuote)))
        let other = try #require(column(of: "It is", row: 9, in: grid))
        #expect(grid[other, 9].style == theme.style(.quote))
    }

    @Test("While searching the status bar is the prompt; all matches are marked and the current one stands out")
    func searchPrompt() throws {
        var session = Session(Fixtures.library())
        session.send(.open, .startSearch)
        session.type("costa")
        let grid = frame(session)
        expectRows(grid, [
            "┌ Articles (3) ────────┐┌ mayor.txt ───────────────────────┐",
            "│▶ Mayor promises a… 2❝││ Mayor promises a new bridge      │",
            "│● 東京都、新計画を… 0❝││                                  │",
            "│● broken.txt: binary …││ \"We will build it,\" said Ana     │",
            "│                      ││ Costa in Lisbon.                 │",
            "│                      ││                                  │",
            "│                      ││ Costa added that work starts in  │",
            "│                      ││ May.                             │",
            "│                      ││                                  │",
            "│                      ││ \"It is overdue,\" Rui Melo told   │",
            "└──────────────────────┘└──────────────────────────────────┘",
            " /costa                  1 of 2   Enter keeps · Esc cancels ",
        ])
        #expect(grid[26, 4].style.background == theme.style(.currentMatch).background)
        #expect(grid[26, 6].style.background == theme.style(.match).background)
        #expect(grid[26, 6].style.foreground == theme.style(.match).foreground)
        session.send(.searchConfirm, .nextMatch)
        let confirmed = frame(session)
        #expect(confirmed.row(11) == " 1/3                                   /costa  2 of 2   75% ")
        #expect(confirmed[26, 6].style.background == theme.style(.currentMatch).background)
    }

    @Test("f gives the article the full width, centred at most 100 columns wide")
    func fullWidth() {
        var session = Session(Fixtures.library())
        session.send(.toggleList)
        expectRows(frame(session), [
            "┌ mayor.txt ───────────────────────────────────────────────┐",
            "│ Mayor promises a new bridge                              │",
            "│                                                          │",
            "│ \"We will build it,\" said Ana Costa in Lisbon.            │",
            "│                                                          │",
            "│ Costa added that work starts in May.                     │",
            "│                                                          │",
            "│ \"It is overdue,\" Rui Melo told reporters.                │",
            "│                                                          │",
            "│ © 2024 Example News                                      │",
            "└──────────────────────────────────────────────────────────┘",
            " 1/3                                                    All ",
        ])
    }

    @Test("An article that cannot be read shows its error in the list and the reader")
    func brokenArticle() {
        var session = Session(Fixtures.library())
        session.send(.bottom)
        let grid = frame(session)
        #expect(grid.row(1).hasSuffix("││ This article cannot be shown.    │"))
        #expect(grid.row(3) == "│▶ broken.txt: binary …││ broken.txt: not a text file      │")
        #expect(grid[30, 3].style == theme.style(.text).patched(with: theme.style(.error)))
    }

    @Test("Wide characters wrap by columns and never cross the pane border")
    func cjkArticle() {
        var session = Session(Fixtures.library())
        session.send(.moveDown)
        let grid = frame(session)
        #expect(grid.row(1) == "│  Mayor promises a… 2❝││ 東京都、新計画を発表             │")
        #expect(grid.row(3) == "│● broken.txt: binary …││ 東京都の小池知事は「新しい計画」 │")
        #expect(grid.row(4) == "│                      ││ を発表した。小池氏は記者会見で説 │")
        for y in 0..<11 { #expect(grid[59, y].text == (y == 0 ? "┐" : y == 10 ? "┘" : "│")) }
    }

    @Test("The help lists every key of the key table over the panes")
    func helpOverlay() {
        var session = Session(Fixtures.library(), width: 80, height: 40)
        session.send(.help)
        let text = frame(session).rows.joined(separator: "\n")
        for binding in KeyTable.bindings {
            #expect(text.contains(binding.keys.map(\.label).joined(separator: " ") ), "\(binding.help)")
            #expect(text.contains(binding.help))
        }
    }

    @Test("A terminal too small for the panes shows a short message, down to 1×1")
    func tooSmall() {
        var session = Session(Fixtures.library(), width: 30, height: 4)
        expectRows(frame(session), [
            "      Terminal too small      ",
            "          need 40x6           ",
            "                              ",
            "                              ",
        ])
        session.send(.resize(Size(width: 1, height: 1)))
        expectRows(frame(session), ["T"])
        session.send(.resize(Size(width: 0, height: 0)))
        #expect(frame(session).rows.isEmpty)
    }
}

/// Renders a whole frame: a pure function of the state, the library, the theme and the glyphs.
public enum Screen {
    /// The frame for `state`: list pane, reader pane, status bar and any overlay, or a short
    /// "too small" note when the terminal cannot hold the panes.
    public static func render(_ state: ReaderState, catalog: LibraryCatalog, theme: Theme,
                              glyphs: Glyphs = .unicode) -> Grid {
        var grid = Grid(width: state.size.width, height: state.size.height)
        let layout = state.layout
        if layout.isTooSmall {
            drawTooSmall(theme: theme, into: &grid)
            return grid
        }
        let slot = catalog.document(at: state.selection)
        var document: ArticleDocument?
        if case .loaded(let loaded)? = slot { document = loaded }
        if let list = layout.list {
            ListView.draw(state, catalog: catalog, theme: theme, glyphs: glyphs, in: list, into: &grid)
        }
        let title = catalog.entries.indices.contains(state.selection) ? catalog.entries[state.selection].fileName : "hearsay"
        ReaderView.draw(state, slot: slot, title: title, theme: theme, glyphs: glyphs, in: layout.reader, into: &grid)
        StatusBar.draw(state, document: document, theme: theme, glyphs: glyphs, in: layout.status, into: &grid)
        if case .help(let scroll)? = state.overlay {
            HelpOverlay.draw(scroll: scroll, size: state.size, theme: theme, glyphs: glyphs, into: &grid)
        }
        return grid
    }

    private static func drawTooSmall(theme: Theme, into grid: inout Grid) {
        let minimum = ScreenLayout.minimumSize
        let lines = ["Terminal too small", "need \(minimum.width)x\(minimum.height)"]
        for (row, line) in lines.enumerated() where row < grid.height {
            let text = TextFit.truncate(line, width: grid.width, ellipsis: "")
            grid.write(text, x: max(0, (grid.width - DisplayWidth.of(text)) / 2), y: row, style: theme.style(.error))
        }
    }
}

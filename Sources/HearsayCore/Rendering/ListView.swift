/// The list pane: one row per article with a marker, the title and the quote count.
///
/// `▶` marks the selection, `●` an article not yet shown, `!` before the quote count one read with a
/// warning (the status bar says which); an article that cannot be read shows its file name and the
/// reason in the error style.
public enum ListView {
    /// Draws the list of `catalog` into `rect` (border included).
    public static func draw(_ state: ReaderState, catalog: LibraryCatalog, theme: Theme, glyphs: Glyphs,
                            in rect: Rect, into grid: inout Grid) {
        let focused = state.focus == .list && state.overlay == nil
        Box.draw(rect, title: "Articles (\(catalog.count))", into: &grid,
                 borderStyle: theme.style(focused ? .title : .border), titleStyle: theme.style(.title),
                 fill: theme.style(.list), glyphs: glyphs)
        let inner = rect.inset(by: 1)
        guard !inner.isEmpty else { return }
        for row in 0..<inner.height {
            let index = state.listTop + row
            guard index < catalog.count else { break }
            drawRow(index, state: state, summary: catalog.summary(at: index), theme: theme, glyphs: glyphs,
                    at: Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1), into: &grid)
        }
    }

    private static func drawRow(_ index: Int, state: ReaderState, summary: RowSummary, theme: Theme, glyphs: Glyphs,
                                at rect: Rect, into grid: inout Grid) {
        let selected = index == state.selection
        var style = theme.style(.list)
        if summary.error != nil { style = style.patched(with: theme.style(.error)) }
        if selected { style = style.patched(with: theme.style(.selection)) }
        grid.fill(rect, style: style)
        let marker = selected ? glyphs.selected : state.read.contains(index) ? " " : glyphs.unread
        var title = summary.title
        if let error = summary.error { title += ": " + error.shortMessage }
        let warned = summary.warnings.isEmpty ? "" : glyphs.warning
        let count = warned + (summary.quoteCount.map { "\($0)\(glyphs.quoteCount)" } ?? "")
        let titleWidth = rect.width - 2 - (count.isEmpty ? 0 : DisplayWidth.of(count) + 1)
        grid.write(marker + " " + TextFit.truncate(title, width: titleWidth, ellipsis: glyphs.ellipsis),
                   x: rect.x, y: rect.y, style: style, limit: rect.maxX)
        if !count.isEmpty {
            grid.write(count, x: rect.maxX - DisplayWidth.of(count), y: rect.y, style: style, limit: rect.maxX)
        }
    }
}

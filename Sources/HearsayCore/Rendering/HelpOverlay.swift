/// The help panel over the panes: a legend of the highlight styles, then every key from `KeyTable`.
public enum HelpOverlay {
    /// The panel's rectangle for a screen size.
    public static func frame(for size: Size) -> Rect {
        let lines = contentLineCount
        let width = min(size.width - 4, (KeyTable.helpLines().map { DisplayWidth.of($0) }.max() ?? 40) + 4)
        let height = min(size.height - 2, lines + 2)
        return Rect(x: (size.width - width) / 2, y: max(0, (size.height - 1 - height) / 2), width: width, height: height)
    }

    /// How many content lines the panel shows at once.
    public static func visibleRows(for size: Size) -> Int { max(1, frame(for: size).height - 2) }

    /// The furthest the panel can scroll.
    public static func maxScroll(for size: Size) -> Int { max(0, contentLineCount - visibleRows(for: size)) }

    static let legendLineCount = 3
    static var contentLineCount: Int { legendLineCount + KeyTable.helpLines().count }

    /// Draws the panel, scrolled by `scroll` lines.
    public static func draw(scroll: Int, size: Size, theme: Theme, glyphs: Glyphs, into grid: inout Grid) {
        let rect = frame(for: size)
        guard rect.width >= 4, rect.height >= 3 else { return }
        let help = theme.style(.text).patched(with: theme.style(.help))
        Box.draw(rect, title: "Keys · ↑↓ scroll · any other key closes", into: &grid, borderStyle: theme.style(.title),
                 titleStyle: theme.style(.title), fill: help, glyphs: glyphs)
        let inner = Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
        let keys = KeyTable.helpLines()
        for row in 0..<inner.height {
            let index = scroll + row
            let y = inner.y + row
            if index < 2 {
                drawLegend(line: index, theme: theme, base: help, x: inner.x, y: y, limit: inner.maxX, into: &grid)
            } else if index >= legendLineCount, index - legendLineCount < keys.count {
                grid.write(keys[index - legendLineCount], x: inner.x, y: y, style: help, limit: inner.maxX)
            }
        }
    }

    /// One of the two legend lines: each highlight written in its own style.
    private static func drawLegend(line: Int, theme: Theme, base: Style, x: Int, y: Int, limit: Int, into grid: inout Grid) {
        let samples: [(String, Style)] = line == 0
            ? [("“quote”", theme.style(.quote)), ("current quote", theme.style(.currentQuote)),
               ("Speaker", theme.speaker(0)), ("Place", theme.style(.place))]
            : [("reported speech", theme.style(.reported)), ("match", theme.style(.match)),
               ("current match", theme.style(.currentMatch))]
        var column = x
        for (label, style) in samples {
            column = grid.write(label, x: column, y: y, style: base.patched(with: style), limit: limit)
            column = grid.write("  ", x: column, y: y, style: base, limit: limit)
        }
    }
}

/// A bordered pane with a title in its top edge: `┌ Title ───┐`.
public enum Box {
    /// Draws the border of `rect` in `borderStyle` and `title` in `titleStyle`, and clears the inside.
    public static func draw(_ rect: Rect, title: String, into grid: inout Grid, borderStyle: Style,
                            titleStyle: Style, fill: Style, glyphs: Glyphs) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        grid.fill(rect, style: fill)
        let horizontal = String(repeating: glyphs.horizontal, count: rect.width - 2)
        grid.write(glyphs.topLeft + horizontal + glyphs.topRight, x: rect.x, y: rect.y, style: borderStyle, limit: rect.maxX)
        grid.write(glyphs.bottomLeft + horizontal + glyphs.bottomRight, x: rect.x, y: rect.maxY - 1, style: borderStyle, limit: rect.maxX)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            grid.write(glyphs.vertical, x: rect.x, y: y, style: borderStyle)
            grid.write(glyphs.vertical, x: rect.maxX - 1, y: y, style: borderStyle)
        }
        let label = TextFit.truncate(title, width: rect.width - 4, ellipsis: glyphs.ellipsis)
        if !label.isEmpty { grid.write(" " + label + " ", x: rect.x + 1, y: rect.y, style: titleStyle, limit: rect.maxX - 1) }
    }
}

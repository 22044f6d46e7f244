/// The bottom row: list position, current quote and speaker, a message, the search and its count,
/// and how far down the article the view is. While searching it is the search prompt.
public enum StatusBar {
    /// Draws the status bar into `rect`.
    public static func draw(_ state: ReaderState, document: ArticleDocument?, theme: Theme, glyphs: Glyphs,
                            in rect: Rect, into grid: inout Grid) {
        guard !rect.isEmpty else { return }
        let style = theme.style(.status)
        grid.fill(rect, style: style)
        let right = rightText(state, document: document)
        let rightX = rect.maxX - DisplayWidth.of(right) - 1
        grid.write(right, x: max(rect.x, rightX), y: rect.y, style: style, limit: rect.maxX)
        let limit = max(rect.x, rightX - 1)
        if state.search.isEditing {
            grid.write(" /" + state.search.query, x: rect.x, y: rect.y, style: style, limit: limit)
            return
        }
        var x = grid.write(" " + leftText(state, document: document, glyphs: glyphs), x: rect.x, y: rect.y,
                           style: style, limit: limit)
        if let message = state.message {
            let role: ThemeRole = message.kind == .error ? .error : .message
            x = grid.write("  ", x: x, y: rect.y, style: style, limit: limit)
            grid.write(message.text, x: x, y: rect.y, style: style.patched(with: theme.style(role)), limit: limit)
        }
    }

    /// "3/12  Quote 1/4 · Haidar al-Abadi", or the article's first warning when no quote is current.
    static func leftText(_ state: ReaderState, document: ArticleDocument?, glyphs: Glyphs) -> String {
        var text = state.articleCount == 0 ? "0/0" : "\(state.selection + 1)/\(state.articleCount)"
        if let document, let current = state.currentQuote, let stop = document.quoteStop(startingAt: current) {
            let speaker = stop.speaker ?? "unattributed"
            let number = document.quoteNumber(startingAt: current).map { " \($0.number)/\($0.count)" } ?? ""
            text += "  Quote\(number) \(glyphs.separator) \(speaker)"
        } else if let warning = document?.article.warnings.first {
            text += "  \(glyphs.warning) " + ArticleWarningText.describe(warning)
        }
        return text
    }

    /// "/isis  3 of 7   42%", or while typing "3 of 7  Enter keeps · Esc cancels".
    static func rightText(_ state: ReaderState, document: ArticleDocument?) -> String {
        let search = state.search
        let count = search.matches.isEmpty ? "0 of 0" : "\((search.current ?? 0) + 1) of \(search.matches.count)"
        if search.isEditing {
            return search.query.isEmpty ? "Enter keeps · Esc cancels" : "\(count)   Enter keeps · Esc cancels"
        }
        var parts: [String] = []
        if !search.query.isEmpty { parts.append("/" + search.query + "  " + count) }
        if let document { parts.append(percent(state, document: document)) }
        return parts.joined(separator: "   ")
    }

    private static func percent(_ state: ReaderState, document: ArticleDocument) -> String {
        let layout = document.layout(width: state.layout.text.width)
        let rows = state.layout.readerRows
        guard layout.lines.count > rows else { return "All" }
        let seen = state.topLine(in: layout) + rows
        return "\(min(100, seen * 100 / layout.lines.count))%"
    }
}

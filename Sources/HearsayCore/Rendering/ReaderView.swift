/// The reader pane: the article wrapped to the text column, only the visible lines drawn, each with
/// its highlights laid on in order: reported speech, quotes, the current quote, places, speakers,
/// search matches, the current match.
public enum ReaderView {
    /// Draws the selected article (or why it cannot be shown) into `rect` (border included).
    public static func draw(_ state: ReaderState, slot: DocumentSlot?, title: String, theme: Theme, glyphs: Glyphs,
                            in rect: Rect, into grid: inout Grid) {
        let focused = state.focus == .reader && state.overlay == nil
        Box.draw(rect, title: title, into: &grid, borderStyle: theme.style(focused ? .title : .border),
                 titleStyle: theme.style(.title), fill: theme.style(.text), glyphs: glyphs)
        let text = state.layout.text
        switch slot {
        case .loaded(let document)?:
            drawArticle(document, state: state, theme: theme, in: text, into: &grid)
        case .failed(let error)?:
            drawError(error, theme: theme, in: text, into: &grid)
        case nil:
            grid.write("No articles found.", x: text.x, y: text.y, style: theme.style(.text), limit: text.maxX)
        }
    }

    private static func drawError(_ error: ArticleError, theme: Theme, in text: Rect, into grid: inout Grid) {
        let lines = ["This article cannot be shown.", "", error.message]
        var y = text.y
        for line in lines {
            let scalars = Array(SafeText.sanitize(line).unicodeScalars)
            for range in LineWrapper.wrap(scalars, range: 0..<scalars.count, width: text.width) where y < text.maxY {
                var x = text.x
                for offset in range { x = grid.put(scalars[offset], x: x, y: y, style: theme.style(.error), limit: text.maxX) }
                y += 1
            }
            if line.isEmpty { y += 1 }
        }
    }

    private static func drawArticle(_ document: ArticleDocument, state: ReaderState, theme: Theme,
                                    in text: Rect, into grid: inout Grid) {
        let layout = document.layout(width: text.width)
        let top = state.topLine(in: layout)
        let painter = LinePainter(document: document, state: state, theme: theme)
        for row in 0..<text.height {
            let index = top + row
            guard index < layout.lines.count else { break }
            painter.paint(layout.lines[index], x: text.x, y: text.y + row, limit: text.maxX, into: &grid)
        }
    }
}

/// Draws one laid-out line with its highlights.
struct LinePainter {
    let document: ArticleDocument
    let state: ReaderState
    let theme: Theme

    func paint(_ line: LayoutLine, x: Int, y: Int, limit: Int, into grid: inout Grid) {
        guard !line.range.isEmpty else { return }
        var columns: [Int] = []
        columns.reserveCapacity(line.range.count + 1)
        var column = x
        let base = baseStyle(line.kind)
        for offset in line.range {
            columns.append(column)
            column = grid.put(document.scalars[offset], x: column, y: y, style: base, limit: limit)
        }
        columns.append(min(column, limit))
        let marks = Marks(line: line.range, columns: columns, y: y)
        paintAnnotations(marks, into: &grid)
        paintSearch(marks, into: &grid)
    }

    private func baseStyle(_ kind: LayoutLine.Kind) -> Style {
        switch kind {
        case .headline: return theme.style(.text).patched(with: theme.style(.headline))
        case .footer: return theme.style(.text).patched(with: theme.style(.footer))
        case .body, .blank: return theme.style(.text)
        }
    }

    private func paintAnnotations(_ marks: Marks, into grid: inout Grid) {
        let highlights = document.highlights(at: marks.line.lowerBound)
        marks.patch(highlights.reported, style: theme.style(.reported), into: &grid)
        marks.patch(highlights.quotes, style: theme.style(.quote), into: &grid)
        if let current = state.currentQuote, let stop = document.quoteStop(startingAt: current) {
            marks.patch(stop.segments, style: theme.style(.currentQuote), into: &grid)
        }
        marks.patch(highlights.places, style: theme.style(.place), into: &grid)
        let mentions = highlights.mentions
        let range = Highlights.overlapping(count: mentions.count, start: { mentions[$0].span.start },
                                           end: { mentions[$0].span.end }, marks.line)
        for index in range {
            marks.patch(mentions[index].span, style: theme.speaker(mentions[index].speaker), into: &grid)
        }
    }

    private func paintSearch(_ marks: Marks, into grid: inout Grid) {
        let matches = state.search.matches
        marks.patch(matches, style: theme.style(.match), into: &grid)
        if let current = state.search.current, matches.indices.contains(current) {
            marks.patch(matches[current], style: theme.style(.currentMatch), into: &grid)
        }
    }
}

/// Where each scalar of a drawn line landed, to lay styles over spans of it.
struct Marks {
    let line: Range<Int>
    let columns: [Int]
    let y: Int

    /// Lays `style` over every span of sorted, non-overlapping `spans` that touches the line.
    func patch(_ spans: [Span], style: Style, into grid: inout Grid) {
        for index in Highlights.overlapping(spans, line) { patch(spans[index], style: style, into: &grid) }
    }

    /// Lays `style` over every match that touches the line (finding them by binary search, not a scan).
    func patch(_ matches: SearchMatches, style: Style, into grid: inout Grid) {
        let range = Highlights.overlapping(count: matches.count, start: { matches[$0].start },
                                           end: { matches[$0].end }, line)
        for index in range { patch(matches[index], style: style, into: &grid) }
    }

    /// Lays `style` over the part of `span` on this line.
    func patch(_ span: Span, style: Style, into grid: inout Grid) {
        let start = max(span.start, line.lowerBound)
        let end = min(span.end, line.upperBound)
        guard start < end else { return }
        let from = columns[start - line.lowerBound]
        let to = columns[end - line.lowerBound]
        grid.patch(Rect(x: from, y: y, width: to - from, height: 1), style: style)
    }
}

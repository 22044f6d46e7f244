extension ReaderState {
    /// Moves the list selection for a movement action.
    mutating func moveSelection(_ action: Action) {
        let page = max(1, layout.listRows - 1)
        switch action {
        case .moveUp: select(selection - 1)
        case .moveDown: select(selection + 1)
        case .pageUp: select(selection - page)
        case .pageDown: select(selection + page)
        case .top: select(0)
        case .bottom: select(articleCount - 1)
        default: break
        }
    }

    /// Shows article `index` (clamped) from its top, with no search and no current quote.
    mutating func select(_ index: Int) {
        let target = min(max(0, index), max(0, articleCount - 1))
        guard target != selection else { return }
        selection = target
        readerTop = 0
        search = SearchState()
        currentQuote = nil
        read.insert(target)
    }

    /// Scrolls the reader for a movement action; a page keeps one line of overlap.
    mutating func scroll(_ action: Action, _ context: ReaderContext) {
        guard let layout = articleLayout(context) else { return }
        let rows = self.layout.readerRows
        let top = topLine(in: layout)
        let target: Int
        switch action {
        case .moveUp: target = top - 1
        case .moveDown: target = top + 1
        case .pageUp: target = top - max(1, rows - 1)
        case .pageDown: target = top + max(1, rows - 1)
        case .top: target = 0
        case .bottom: target = layout.maxTop(height: rows)
        default: return
        }
        readerTop = layout.anchor(ofLine: min(max(0, target), layout.maxTop(height: rows)))
    }

    /// Scrolls the help overlay, or closes it for any other action.
    mutating func applyToOverlay(_ action: Action) {
        guard case .help(let scroll) = overlay else { return }
        let page = max(1, HelpOverlay.visibleRows(for: size) - 1)
        switch action {
        case .moveUp: overlay = .help(scroll: scroll - 1)
        case .moveDown: overlay = .help(scroll: scroll + 1)
        case .pageUp: overlay = .help(scroll: scroll - page)
        case .pageDown: overlay = .help(scroll: scroll + page)
        case .top: overlay = .help(scroll: 0)
        case .bottom: overlay = .help(scroll: HelpOverlay.maxScroll(for: size))
        default: overlay = nil
        }
    }

    /// The shown article wrapped for the current text width.
    func articleLayout(_ context: ReaderContext) -> ArticleLayout? {
        context.document?.layout(width: layout.text.width)
    }

    /// The first visible line: the line of the reading position, kept so the last page is full.
    public func topLine(in articleLayout: ArticleLayout) -> Int {
        min(articleLayout.lineIndex(containing: readerTop), articleLayout.maxTop(height: layout.readerRows))
    }

    /// Whether `span` starts on a visible line.
    func isVisible(_ span: Span, in articleLayout: ArticleLayout) -> Bool {
        let top = topLine(in: articleLayout)
        let line = articleLayout.lineIndex(containing: span.start)
        return line >= top && line < top + layout.readerRows
    }

    /// Scrolls so all of `span` is in sight when it fits (with up to two lines above it), else its start.
    mutating func reveal(_ span: Span, in articleLayout: ArticleLayout) {
        let rows = layout.readerRows
        let top = topLine(in: articleLayout)
        let first = articleLayout.lineIndex(containing: span.start)
        let last = articleLayout.lineIndex(containing: max(span.start, span.end - 1))
        if first >= top && last < top + rows { return }
        let height = last - first + 1
        let target = height <= rows ? first - min(2, rows - height) : first
        readerTop = articleLayout.anchor(ofLine: min(max(0, target), articleLayout.maxTop(height: rows)))
    }
}

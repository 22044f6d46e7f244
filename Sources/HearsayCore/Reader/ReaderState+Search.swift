extension ReaderState {
    /// `/`: opens the prompt, remembering the position and search for Esc.
    mutating func startSearch(_ context: ReaderContext) {
        guard context.document != nil else {
            message = StatusMessage("Nothing to search: this article could not be opened", kind: .error)
            return
        }
        focus = .reader
        search.origin = SearchOrigin(readerTop: readerTop, query: search.query, matches: search.matches, current: search.current)
        search.isEditing = true
        search.query = ""
        search.matches = SearchMatches()
        search.current = nil
    }

    /// Keys while the prompt is open: typing searches as you type.
    mutating func applyToPrompt(_ action: Action, _ context: ReaderContext) {
        switch action {
        case .searchInput(let character):
            search.query.append(character)
            searchAgain(context)
        case .searchBackspace:
            if search.query.isEmpty { cancelSearch() } else {
                search.query.removeLast()
                searchAgain(context)
            }
        case .searchConfirm:
            if search.query.isEmpty { cancelSearch() } else {
                search.isEditing = false
                search.origin = nil
                if search.matches.isEmpty { message = StatusMessage("Not found: \(search.query)", kind: .error) }
            }
        case .searchCancel: cancelSearch()
        default: break
        }
    }

    /// Esc: back to the position and search from before `/`.
    private mutating func cancelSearch() {
        if let origin = search.origin {
            readerTop = origin.readerTop
            search.query = origin.query
            search.matches = origin.matches
            search.current = origin.current
        }
        search.isEditing = false
        search.origin = nil
    }

    /// Finds the query again and shows the first match at or after the top line when `/` was pressed.
    private mutating func searchAgain(_ context: ReaderContext) {
        guard let document = context.document, let layout = articleLayout(context) else { return }
        let start = search.origin?.readerTop ?? readerTop
        readerTop = start
        search.matches = search.query.isEmpty ? SearchMatches() : document.matches(for: search.query)
        guard !search.matches.isEmpty else {
            search.current = nil
            return
        }
        let top = layout.anchor(ofLine: topLine(in: layout))
        let index = search.matches.firstIndex(startingAtOrAfter: top)
        search.current = index < search.matches.count ? index : 0
        reveal(search.matches[search.current ?? 0], in: layout)
    }

    /// `n` / `N`: the next or previous match, wrapping with a message; from the screen when the
    /// current match is out of sight.
    mutating func jumpToMatch(forward: Bool, _ context: ReaderContext) {
        guard !search.matches.isEmpty else {
            message = search.query.isEmpty
                ? StatusMessage("No search yet: press / to search")
                : StatusMessage("Not found: \(search.query)", kind: .error)
            return
        }
        guard let layout = articleLayout(context) else { return }
        let spans = search.matches
        let (target, wrapped) = step(through: spans, from: search.current, forward: forward, in: layout)
        if wrapped { message = StatusMessage(forward ? "Search wrapped to the top" : "Search wrapped to the bottom") }
        search.current = target
        reveal(spans[target], in: layout)
    }

    /// `]` / `[`: the next or previous quote, wrapping with a message; from the current quote when it is in
    /// sight, else from the top of the screen. Quotes are found by offset, so a long article is annotated only
    /// as far as the jump goes.
    mutating func jumpToQuote(forward: Bool, _ context: ReaderContext) {
        guard let document = context.document, let layout = articleLayout(context) else { return }
        let from: Int
        var after = false
        if let current = currentQuote, let stop = document.quoteStop(startingAt: current), isVisible(stop.span, in: layout) {
            from = stop.span.start
            after = true
        } else {
            from = layout.anchor(ofLine: topLine(in: layout))
        }
        var target = forward ? document.quoteStop(atOrAfter: after ? from + 1 : from) : document.quoteStop(before: from)
        var wrapped = false
        if target == nil {
            target = forward ? document.quoteStop(atOrAfter: 0) : document.quoteStop(before: Int.max)
            wrapped = true
        }
        guard let stop = target else {
            message = StatusMessage("No quotes in this article")
            return
        }
        if wrapped { message = StatusMessage(forward ? "Wrapped to the first quote" : "Wrapped to the last quote") }
        currentQuote = stop.span.start
        reveal(stop.span, in: layout)
    }

    /// The next index in `spans` after `current` when it is in sight, else from the top of the screen.
    private func step(through spans: SearchMatches, from current: Int?, forward: Bool,
                      in layout: ArticleLayout) -> (index: Int, wrapped: Bool) {
        var target: Int
        if let current, spans.indices.contains(current), isVisible(spans[current], in: layout) {
            target = forward ? current + 1 : current - 1
        } else {
            let first = spans.firstIndex(startingAtOrAfter: layout.anchor(ofLine: topLine(in: layout)))
            target = forward ? first : first - 1
        }
        if target >= spans.count { return (0, true) }
        if target < 0 { return (spans.count - 1, true) }
        return (target, false)
    }
}

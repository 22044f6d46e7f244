import HearsayCore
import Testing

@Suite("Searching and jumping between quotes")
struct SearchAndQuoteUpdateTests {
    @Test("Typing searches as you go, from the top line on screen, and the count follows")
    func incremental() throws {
        var session = Session(Fixtures.longLibrary())
        session.send(.open, .startSearch)
        #expect(session.state.search.isEditing)
        #expect(session.state.focus == .reader)
        session.type("paragraph 3")
        // "Paragraph 3", "Paragraph 30".."39", and "paragraph 35" inside the quote.
        #expect(session.state.search.matches.count == 12)
        #expect(session.state.search.current == 0)
        session.send(.searchBackspace)
        #expect(session.state.search.query == "paragraph ")
        #expect(session.state.search.matches.count == 42)
    }

    @Test("A new search starts from the top line on screen, not from the previous match")
    func startsFromScreen() throws {
        var session = Session(Fixtures.longLibrary())
        session.send(.open, .startSearch)
        session.type("paragraph")
        session.send(.searchConfirm, .bottom, .startSearch)
        session.type("paragraph")
        let document = try Fixtures.document(session.catalog)
        let current = try #require(session.state.search.current)
        let top = document.layout(width: session.state.layout.text.width).lines[session.topLine].range.lowerBound
        #expect(session.state.search.matches[current].start >= top)
        #expect(current > 30)
    }

    @Test("Enter keeps the position; Escape restores it and the previous search")
    func confirmAndCancel() {
        var session = Session(Fixtures.longLibrary())
        session.send(.open, .startSearch)
        session.type("paragraph 30")
        session.send(.searchConfirm)
        let kept = session.state.readerTop
        #expect(kept > 0)
        #expect(!session.state.search.isEditing)
        #expect(session.state.search.query == "paragraph 30")
        session.send(.top, .startSearch)
        session.type("paragraph 40")
        #expect(session.state.readerTop > 0)
        session.send(.searchCancel)
        #expect(session.state.readerTop == 0)
        #expect(session.state.search.query == "paragraph 30")
        #expect(!session.state.search.isEditing)
    }

    @Test("Backspace on an empty query cancels; Enter on an empty query cancels; no match is a message")
    func emptyAndMissing() {
        var session = Session(Fixtures.longLibrary())
        session.send(.open, .startSearch, .searchBackspace)
        #expect(!session.state.search.isEditing)
        session.send(.startSearch, .searchConfirm)
        #expect(!session.state.search.isEditing)
        session.send(.startSearch)
        session.type("zebra")
        session.send(.searchConfirm)
        #expect(session.state.message == StatusMessage("Not found: zebra", kind: .error))
        session.send(.nextMatch)
        #expect(session.state.message == StatusMessage("Not found: zebra", kind: .error))
    }

    @Test("n and N step through matches and wrap with a message")
    func nextAndPrevious() {
        var session = Session(Fixtures.longLibrary())
        session.send(.nextMatch)
        #expect(session.state.message?.text == "No search yet: press / to search")
        session.send(.open, .startSearch)
        session.type("ana costa")
        session.send(.searchConfirm)
        #expect(session.state.search.current == 0)
        session.send(.nextMatch)
        #expect(session.state.search.current == 1)
        #expect(session.state.message == nil)
        session.send(.nextMatch)
        #expect(session.state.search.current == 0)
        #expect(session.state.message?.text == "Search wrapped to the top")
        session.send(.previousMatch)
        #expect(session.state.search.current == 1)
        #expect(session.state.message?.text == "Search wrapped to the bottom")
    }

    @Test("] jumps to the next quote, marks it current and brings all of it into view")
    func quoteJump() throws {
        var session = Session(Fixtures.longLibrary())
        let document = try Fixtures.document(session.catalog)
        session.send(.open, .nextQuote)
        #expect(session.state.currentQuote == document.quoteStops[0].span.start)
        session.send(.nextQuote)
        #expect(session.state.currentQuote == document.quoteStops[1].span.start)
        let layout = document.layout(width: session.state.layout.text.width)
        let stop = document.quoteStops[1]
        #expect(stop.segments.count == 2)
        let first = layout.lineIndex(containing: stop.span.start)
        let last = layout.lineIndex(containing: stop.span.end - 1)
        #expect(first >= session.topLine)
        #expect(last < session.topLine + session.state.layout.readerRows)
    }

    @Test("Quote jumps wrap at both ends with a message; a quote over two paragraphs is one stop")
    func quoteWrap() throws {
        var session = Session(Fixtures.longLibrary())
        let stops = try Fixtures.document(session.catalog).quoteStops
        session.send(.open, .previousQuote)
        #expect(session.state.currentQuote == stops[2].span.start)
        #expect(session.state.message?.text == "Wrapped to the last quote")
        session.send(.nextQuote)
        #expect(session.state.currentQuote == stops[0].span.start)
        #expect(session.state.message?.text == "Wrapped to the first quote")
    }

    @Test("An article without quotes says so; a broken article cannot be searched")
    func noQuotes() {
        var session = Session(Fixtures.library())
        session.send(.moveDown, .nextQuote)
        #expect(session.state.message?.text == "No quotes in this article")
        session.send(.moveDown, .startSearch)
        #expect(!session.state.search.isEditing)
        #expect(session.state.message?.kind == .error)
    }

    @Test("Changing article clears the search and the current quote")
    func articleChangeClears() {
        var session = Session(Fixtures.longLibrary())
        session.send(.open, .nextQuote, .startSearch)
        session.type("quote")
        session.send(.searchConfirm, .nextArticle)
        #expect(session.state.currentQuote == nil)
        #expect(session.state.search.query.isEmpty)
        #expect(session.state.search.matches.isEmpty)
    }
}

/// Everything the reader can be asked to do; keys become actions through `KeyTable`.
public enum Action: Hashable, Sendable {
    // Movement: the list selection or the reader's scroll, by focus.
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    // Panes.
    case open, back, switchPane, toggleList
    case nextArticle, previousArticle
    // Search in the article.
    case startSearch, nextMatch, previousMatch
    case searchInput(Character), searchBackspace, searchConfirm, searchCancel
    // Quotes.
    case nextQuote, previousQuote
    // The rest.
    case nextTheme, help, closeOverlay
    case quitOrBack, quit, redraw, suspend
    case resize(Size)
    /// A note from the shell (a theme that failed to load...).
    case showMessage(StatusMessage)
}

/// What the shell must do after an update: the side effects `update` only describes.
public enum ReaderCommand: Hashable, Sendable {
    case quit
    case suspend
    case redraw
}

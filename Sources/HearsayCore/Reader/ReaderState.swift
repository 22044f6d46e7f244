/// Which pane takes the movement keys.
public enum Focus: Hashable, Sendable {
    case list
    case reader
}

/// A panel drawn over the panes. The next issue adds `whoSaidWhat` and `entities` here.
public enum Overlay: Hashable, Sendable {
    /// The key help, scrolled by `scroll` lines.
    case help(scroll: Int)
}

/// A one-line note in the status bar until the next key.
public struct StatusMessage: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case info
        case error
    }

    public let text: String
    public let kind: Kind

    public init(_ text: String, kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }
}

/// The in-article search: the query, its matches and the current one, and where the search began.
public struct SearchState: Hashable, Sendable {
    /// Whether the prompt is open and keys edit the query.
    public var isEditing = false
    public var query = ""
    /// Every match in text order.
    public var matches = SearchMatches()
    /// The index of the current match.
    public var current: Int?
    /// The reading position and search before `/`, restored by Esc.
    public var origin: SearchOrigin?

    public init() {}
}

/// What Esc restores after an incremental search.
public struct SearchOrigin: Hashable, Sendable {
    public let readerTop: Int
    public let query: String
    public let matches: SearchMatches
    public let current: Int?
}

/// The whole state of the reader: a value, changed only by `Reader.update`.
public struct ReaderState: Hashable, Sendable {
    public var size: Size
    /// Number of articles in the library (fixed for a session).
    public var articleCount: Int
    public var focus: Focus = .list
    /// The selected article (also the one shown in the reader).
    public var selection = 0
    /// The first list row on screen.
    public var listTop = 0
    /// The reading position: the scalar offset of the first visible line's start. An offset, not a line
    /// number, so resizing and re-wrapping keep the place.
    public var readerTop = 0
    /// `f`: the list is hidden for full-width reading.
    public var listHidden = false
    public var search = SearchState()
    /// The start offset of the current quote stop (`]`/`[`): an offset, not an index, so it stays right while
    /// more of a long article is annotated.
    public var currentQuote: Int?
    public var overlay: Overlay?
    /// Index into the session's theme names.
    public var themeIndex = 0
    public var message: StatusMessage?
    /// Articles that have been shown, for the unread marker.
    public var read: Set<Int> = [0]

    public init(size: Size, articleCount: Int) {
        self.size = size
        self.articleCount = articleCount
    }

    /// Where things are on screen for this state.
    public var layout: ScreenLayout { ScreenLayout(size: size, listHidden: listHidden) }
}

import HearsayCore

/// Drives the reader as the app shell does, headless: an action goes through `Reader.update`, then the whole
/// frame is rendered. The time of both is the key-to-frame latency (the terminal's copy is left out).
public struct ReaderDriver {
    public let catalog: LibraryCatalog
    public private(set) var state: ReaderState
    private let theme = BuiltinThemes.standard
    private let themeNames = ["default"]

    public init(catalog: LibraryCatalog, size: Size) {
        self.catalog = catalog
        state = ReaderState(size: size, articleCount: catalog.count)
    }

    /// Renders the frame for the current state.
    @discardableResult
    public func render() -> Grid {
        Screen.render(state, catalog: catalog, theme: theme)
    }

    /// Applies `action` and renders; returns the milliseconds both took.
    @discardableResult
    public mutating func press(_ action: Action) -> Double {
        let start = Stopwatch.now()
        let context = ReaderContext(document: catalog.loadedDocument(at: state.selection), themeNames: themeNames)
        state = Reader.update(state, action, context: context).state
        render()
        return Double(Stopwatch.now() - start) / 1e6
    }
}

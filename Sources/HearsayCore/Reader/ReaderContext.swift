/// What `update` may read besides the state: the shown article and the theme names.
///
/// The document is a cache of immutable data (layouts are computed once per width), so reading
/// it keeps `update` a function of its inputs.
public struct ReaderContext {
    /// The selected article, when it is loaded.
    public var document: ArticleDocument?
    /// The themes `T` cycles through, in order.
    public var themeNames: [String]

    public init(document: ArticleDocument?, themeNames: [String] = ["default"]) {
        self.document = document
        self.themeNames = themeNames
    }
}

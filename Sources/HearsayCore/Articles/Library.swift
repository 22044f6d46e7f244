/// The articles a session opens: every file given, and every `.txt` file under each folder given.
///
/// Scanning lists the files without reading them, so a library of any size opens at once;
/// titles and bodies are read on demand.
public struct Library: Sendable {
    /// One file of the library, or a path that could not be listed.
    public struct Entry: Hashable, Sendable {
        /// The path to open.
        public let path: String
        /// A problem known from scanning alone (a missing path, a symlink loop...).
        public let scanError: ArticleError?

        public init(path: String, scanError: ArticleError? = nil) {
            self.path = path
            self.scanError = scanError
        }

        /// The file name without its folders, for lists and messages.
        public var fileName: String {
            path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? path
        }
    }

    /// The entries in order: paths in the order given, folder contents in name order.
    public let entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries
    }

    /// Lists `paths`: a file is taken whatever its name, a folder contributes its `.txt` files, recursively.
    public static func scan(_ paths: [String]) -> Library {
        scan(paths, fileSystem: .system)
    }

    /// Lists `paths` through `fileSystem` (tests put failures in it).
    static func scan(_ paths: [String], fileSystem: FileSystem) -> Library {
        var scanner = DirectoryScanner(fileSystem: fileSystem)
        for path in paths { scanner.add(path: path) }
        return Library(entries: scanner.entries)
    }
}

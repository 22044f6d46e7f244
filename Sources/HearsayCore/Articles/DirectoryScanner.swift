#if canImport(Glibc)
import Glibc
#endif

/// Walks folders for article files in name order, following links but never round a loop. A path that
/// cannot be examined or listed becomes an entry with its error, so the list says what is wrong with it;
/// so does a link loop whatever its name (it may have been meant as a folder). A link back to a folder
/// already walked is skipped: its files are listed once.
struct DirectoryScanner {
    private(set) var entries: [Library.Entry] = []
    private var visitedDirectories: Set<String> = []
    private let fileSystem: FileSystem

    /// The file extension a folder's articles carry.
    static let articleExtension = ".txt"

    init(fileSystem: FileSystem = .system) {
        self.fileSystem = fileSystem
    }

    mutating func add(path: String) {
        switch fileSystem.kind(path) {
        case .failure(let failure): entries.append(Library.Entry(path: path, scanError: error(failure, path)))
        case .success(.directory): addDirectory(path)
        case .success: entries.append(Library.Entry(path: path))
        }
    }

    private mutating func addDirectory(_ path: String) {
        guard let real = realPath(path) else {
            entries.append(Library.Entry(path: path, scanError: error(.system(errno: errno), path)))
            return
        }
        guard visitedDirectories.insert(real).inserted else { return }
        let listing: [DirectoryEntry]
        switch fileSystem.list(path) {
        case .failure(let failure):
            entries.append(Library.Entry(path: path, scanError: error(failure, path)))
            return
        case .success(let listed): listing = listed
        }
        let base = path.hasSuffix("/") ? path : path + "/"
        for entry in listing.sorted(by: { Self.nameOrder($0.name, $1.name) }) where !entry.name.hasPrefix(".") {
            let name = entry.name, child = base + name
            // The folder listing says what most entries are; only links and unknown kinds need a stat.
            switch entry.type {
            case .regularFile:
                if name.hasSuffix(Self.articleExtension) { entries.append(Library.Entry(path: child)) }
                continue
            case .special:
                if name.hasSuffix(Self.articleExtension) { entries.append(Library.Entry(path: child)) }
                continue
            case .directory, .needsStat: break
            }
            switch fileSystem.kind(child) {
            case .success(.directory): addDirectory(child)
            case .failure(let failure) where name.hasSuffix(Self.articleExtension) || failure == .system(errno: ELOOP):
                entries.append(Library.Entry(path: child, scanError: error(failure, child)))
            case .success where name.hasSuffix(Self.articleExtension): entries.append(Library.Entry(path: child))
            default: continue
            }
        }
    }

    private func error(_ failure: FileFailure, _ path: String) -> ArticleError {
        ArticleError(failure, path: path, limit: ArticleLoader.sizeLimit)
    }

    /// Byte order of the UTF-8 names: the order `ls` gives in the C locale, stable everywhere.
    static func nameOrder(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    private func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

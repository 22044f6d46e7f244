import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Walks folders for article files in name order, following links but never round a loop.
struct DirectoryScanner {
    private(set) var entries: [Library.Entry] = []
    private var visitedDirectories: Set<String> = []

    /// The file extension a folder's articles carry.
    static let articleExtension = ".txt"

    mutating func add(path: String) {
        switch FileReader.kind(of: path) {
        case .failure(let error): entries.append(Library.Entry(path: path, scanError: error))
        case .success(.directory): addDirectory(path)
        case .success: entries.append(Library.Entry(path: path))
        }
    }

    private mutating func addDirectory(_ path: String) {
        guard let real = realPath(path) else {
            entries.append(Library.Entry(path: path, scanError: .unreadable(path: path, reason: FileReader.errnoDescription())))
            return
        }
        guard visitedDirectories.insert(real).inserted else { return }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            entries.append(Library.Entry(path: path, scanError: .unreadable(path: path, reason: "cannot list the folder")))
            return
        }
        let base = path.hasSuffix("/") ? path : path + "/"
        for name in names.sorted(by: Self.nameOrder) where !name.hasPrefix(".") {
            let child = base + name
            switch FileReader.kind(of: child) {
            case .success(.directory): addDirectory(child)
            case .failure where name.hasSuffix(Self.articleExtension):
                entries.append(Library.Entry(path: child, scanError: .unreadable(path: child, reason: FileReader.errnoDescription())))
            case .success where name.hasSuffix(Self.articleExtension): entries.append(Library.Entry(path: child))
            default: continue
            }
        }
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

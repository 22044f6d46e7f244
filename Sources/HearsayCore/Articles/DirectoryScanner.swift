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
        guard let listing = Self.list(path) else {
            entries.append(Library.Entry(path: path, scanError: .unreadable(path: path, reason: "cannot list the folder")))
            return
        }
        let base = path.hasSuffix("/") ? path : path + "/"
        for (name, type) in listing.sorted(by: { Self.nameOrder($0.name, $1.name) }) where !name.hasPrefix(".") {
            let child = base + name
            // The folder listing says what most entries are; only links and unknown kinds need a stat.
            if type == UInt8(DT_REG) {
                if name.hasSuffix(Self.articleExtension) { entries.append(Library.Entry(path: child)) }
                continue
            }
            if type != UInt8(DT_DIR) && type != UInt8(DT_LNK) && type != UInt8(DT_UNKNOWN) { continue }
            switch FileReader.kind(of: child) {
            case .success(.directory): addDirectory(child)
            case .failure where name.hasSuffix(Self.articleExtension):
                entries.append(Library.Entry(path: child, scanError: .unreadable(path: child, reason: FileReader.errnoDescription())))
            case .success where name.hasSuffix(Self.articleExtension): entries.append(Library.Entry(path: child))
            default: continue
            }
        }
    }

    /// The names in a folder with their types from `readdir` (no stat per file), or nil when it cannot be read.
    private static func list(_ path: String) -> [(name: String, type: UInt8)]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var listing: [(name: String, type: UInt8)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            listing.append((name, entry.pointee.d_type))
        }
        return listing
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

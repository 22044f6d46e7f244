#if canImport(Glibc)
import Glibc
#endif

/// Why an article file could not be read. The words a user reads are made in `message`.
public enum ArticleError: Error, Hashable, Sendable {
    case unreadable(path: String, reason: String)
    case permissionDenied(path: String)
    /// Missing when it was examined: never there, or moved or deleted after the list was made.
    case notFound(path: String)
    case symbolicLinkLoop(path: String)
    case empty(path: String)
    case binary(path: String)
    case notRegularFile(path: String)
    case tooLarge(path: String, size: Int, limit: Int)

    /// The one sentence shown for this error, naming the file.
    public var message: String {
        switch self {
        case .unreadable(let path, let reason): return "\(path): cannot read: \(reason)"
        case .permissionDenied(let path): return "\(path): permission denied"
        case .notFound(let path): return "\(path): not found"
        case .symbolicLinkLoop(let path): return "\(path): symbolic link loop"
        case .empty(let path): return "\(path): empty file"
        case .binary(let path): return "\(path): not a text file (binary data)"
        case .notRegularFile(let path): return "\(path): not a regular file"
        case .tooLarge(let path, let size, let limit):
            return "\(path): too large (\(ByteCount.describe(size)); the limit is \(ByteCount.describe(limit)))"
        }
    }

    /// A short form for a list entry, without the path.
    public var shortMessage: String {
        switch self {
        case .unreadable(_, let reason): return "cannot read: \(reason)"
        case .permissionDenied: return "permission denied"
        case .notFound: return "not found"
        case .symbolicLinkLoop: return "symbolic link loop"
        case .empty: return "empty file"
        case .binary: return "binary file"
        case .notRegularFile: return "not a regular file"
        case .tooLarge(_, let size, _): return "too large (\(ByteCount.describe(size)))"
        }
    }
}

extension ArticleError {
    /// The error for `path` that the file system's `failure` means (`limit`: the size limit that applied).
    init(_ failure: FileFailure, path: String, limit: Int) {
        switch failure {
        case .system(let code) where code == EACCES || code == EPERM: self = .permissionDenied(path: path)
        case .system(let code) where code == ENOENT || code == ENOTDIR: self = .notFound(path: path)
        case .system(let code) where code == ELOOP: self = .symbolicLinkLoop(path: path)
        case .system(let code): self = .unreadable(path: path, reason: String(cString: strerror(code)))
        case .notRegularFile: self = .notRegularFile(path: path)
        case .tooLarge(let size): self = .tooLarge(path: path, size: size, limit: limit)
        }
    }
}

/// Sizes in bytes as people read them.
public enum ByteCount {
    /// "812 B", "4.0 KB", "1.0 GB" (powers of 1024).
    public static func describe(_ bytes: Int) -> String {
        let units = ["B", "KB", "MB", "GB", "TB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        if unit == 0 { return "\(bytes) B" }
        let tenths = (value * 10).rounded() / 10
        return "\(tenths) \(units[unit])"
    }
}

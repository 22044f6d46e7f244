import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The file-system calls the loader makes, each checked: stat first, so a FIFO or a device is never opened.
enum FileReader {
    /// What `stat` says a path is.
    enum Kind: Equatable {
        case regular(size: Int)
        case directory
        case other
    }

    /// The kind of `path` after following links, or the reason it cannot be examined.
    static func kind(of path: String) -> Result<Kind, ArticleError> {
        var info = stat()
        guard stat(path, &info) == 0 else {
            return .failure(.unreadable(path: path, reason: errnoDescription()))
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .success(.regular(size: Int(info.st_size)))
        case S_IFDIR: return .success(.directory)
        default: return .success(.other)
        }
    }

    /// Reads a regular file of at most `limit` bytes.
    static func readRegularFile(path: String, limit: Int) -> Result<[UInt8], ArticleError> {
        switch kind(of: path) {
        case .failure(let error): return .failure(error)
        case .success(.directory), .success(.other): return .failure(.notRegularFile(path: path))
        case .success(.regular(let size)):
            if size > limit { return .failure(.tooLarge(path: path, size: size, limit: limit)) }
            return readAll(path: path, expectedSize: size, limit: limit)
        }
    }

    private static func readAll(path: String, expectedSize: Int, limit: Int) -> Result<[UInt8], ArticleError> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure(.unreadable(path: path, reason: errnoDescription())) }
        defer { close(fd) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(expectedSize)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(path: path, reason: errnoDescription()))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit { return .failure(.tooLarge(path: path, size: bytes.count, limit: limit)) }
        }
        return .success(bytes)
    }

    /// The C library's words for the current `errno`, e.g. "Permission denied".
    static func errnoDescription() -> String {
        String(cString: strerror(errno))
    }
}

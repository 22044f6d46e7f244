#if canImport(Glibc)
import Glibc
#endif

/// The real file-system calls behind `FileSystem.system`, each checked. A path is examined with `stat` before
/// it is opened, so a FIFO or a device is never opened, and again with `fstat` after, so a file swapped for
/// one between the two calls is still refused; reading stops at the size limit whatever `stat` said.
enum FileReader {
    /// The kind of `path` after following links.
    static func kind(of path: String) -> Result<FileKind, FileFailure> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(.system(errno: errno)) }
        return .success(kind(of: info))
    }

    /// Reads the regular file at `path`, refusing more than `limit` bytes.
    static func readRegularFile(path: String, limit: Int) -> Result<[UInt8], FileFailure> {
        switch kind(of: path) {
        case .failure(let failure): return .failure(failure)
        case .success(.directory), .success(.other): return .failure(.notRegularFile)
        case .success(.regular(let size)):
            if size > limit { return .failure(.tooLarge(size: size)) }
        }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard descriptor >= 0 else { return .failure(.system(errno: errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.system(errno: errno)) }
        guard case .regular(let size) = kind(of: info) else { return .failure(.notRegularFile) }
        if size > limit { return .failure(.tooLarge(size: size)) }
        return readAll(descriptor, expectedSize: size, limit: limit)
    }

    /// The names in the folder at `path`, `.` and `..` left out.
    static func listDirectory(path: String) -> Result<[DirectoryEntry], FileFailure> {
        guard let directory = opendir(path) else { return .failure(.system(errno: errno)) }
        defer { closedir(directory) }
        var entries: [DirectoryEntry] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { entries.append(DirectoryEntry(name: name, type: entryType(entry.pointee.d_type))) }
        }
        return .success(entries)
    }

    private static func entryType(_ type: UInt8) -> DirectoryEntry.EntryType {
        switch Int32(type) {
        case Int32(DT_REG): return .regularFile
        case Int32(DT_DIR): return .directory
        case Int32(DT_FIFO), Int32(DT_SOCK), Int32(DT_CHR), Int32(DT_BLK): return .special
        default: return .needsStat
        }
    }

    private static func kind(of info: stat) -> FileKind {
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular(size: Int(info.st_size))
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    private static func readAll(_ descriptor: Int32, expectedSize: Int, limit: Int) -> Result<[UInt8], FileFailure> {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(expectedSize, limit))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.system(errno: errno))
            }
            if count == 0 { return .success(bytes) }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit { return .failure(.tooLarge(size: bytes.count)) }
        }
    }
}

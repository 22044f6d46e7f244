/// What `stat` says a path is, after following links.
enum FileKind: Equatable, Sendable {
    case regular(size: Int)
    case directory
    /// A FIFO, a socket, a device: never opened.
    case other
}

/// Why the file system would not give a file's bytes; `ArticleError` and `ThemeError` turn it into words.
public enum FileFailure: Error, Hashable, Sendable {
    /// A system call failed with this `errno` (EACCES, ENOENT, ELOOP...).
    case system(errno: Int32)
    /// The path is a folder, a FIFO, a device: not read.
    case notRegularFile
    /// The file holds more than the limit; `size` is what was known when it was refused.
    case tooLarge(size: Int)
}

/// The file-system calls the loaders make, as replaceable functions: `system` makes the real calls, and a
/// test substitutes a failure it cannot provoke for real (root is never denied a file).
struct FileSystem: Sendable {
    /// What `path` is (stat after links), or why it cannot be examined.
    var kind: @Sendable (String) -> Result<FileKind, FileFailure>
    /// The bytes of the regular file at `path`, at most `limit` of them; anything else is refused
    /// without blocking.
    var read: @Sendable (_ path: String, _ limit: Int) -> Result<[UInt8], FileFailure>
    /// The names in the folder at `path` (without `.` and `..`).
    var list: @Sendable (String) -> Result<[String], FileFailure>

    /// The real calls.
    static let system = FileSystem(kind: FileReader.kind, read: FileReader.readRegularFile,
                                   list: FileReader.listDirectory)
}

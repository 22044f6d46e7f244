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
    /// The names in the folder at `path` (without `.` and `..`), with what the listing says they are.
    var list: @Sendable (String) -> Result<[DirectoryEntry], FileFailure>

    /// The real calls.
    static let system = FileSystem(kind: FileReader.kind, read: FileReader.readRegularFile,
                                   list: FileReader.listDirectory)
}

/// One name in a folder, with the kind the folder listing gives (`readdir`'s type), so that most files
/// need no `stat` of their own.
struct DirectoryEntry: Sendable {
    /// What the listing says an entry is.
    enum EntryType: Sendable {
        case regularFile
        case directory
        /// A FIFO, a socket, a device: listed (if it looks like an article) so that its problem shows.
        case special
        /// A link, or a file system that does not say: `stat` decides.
        case needsStat
    }

    let name: String
    let type: EntryType
}

#if canImport(Glibc)
import Glibc
#endif

/// Why a theme could not be used as written; the program then falls back to the default theme.
public struct ThemeError: Error, Hashable, Sendable {
    /// What went wrong, with its context.
    public enum Problem: Hashable, Sendable {
        case unreadable(FileFailure)
        case notUTF8
        case syntax(String)
        case unknownRole(String)
        case unknownKey(String)
        case badColour(String)
        case wrongType(expected: String, got: String)
        case notFound(available: [String])
    }

    /// The theme file (or the name asked for, when there is no file).
    public let file: String
    /// 1-based line number, when the problem is on a line.
    public let line: Int?
    /// The key (or table) involved, when there is one.
    public let key: String?
    public let problem: Problem

    public init(file: String, line: Int? = nil, key: String? = nil, problem: Problem) {
        self.file = file
        self.line = line
        self.key = key
        self.problem = problem
    }

    /// The sentence shown to the user: file, line and key first, then what is wrong.
    public var message: String {
        var place = file
        if let line { place += ":\(line)" }
        if let key { place += ": \(key)" }
        return "\(place): \(description)"
    }

    private static func words(for failure: FileFailure) -> String {
        switch failure {
        case .system(let code) where code == ENOENT || code == ENOTDIR: return "no such file"
        case .system(let code) where code == EACCES || code == EPERM: return "permission denied"
        case .system(let code): return String(cString: strerror(code))
        case .notRegularFile: return "not a regular file"
        case .tooLarge(let size): return "too large (\(ByteCount.describe(size)); a theme is at most \(ByteCount.describe(ThemeLoader.sizeLimit)))"
        }
    }

    private var description: String {
        switch problem {
        case .unreadable(let failure): return "cannot read the theme: \(Self.words(for: failure))"
        case .notUTF8: return "not a UTF-8 text file"
        case .syntax(let text): return text
        case .unknownRole(let name): return "unknown table [\(name)]; the roles are \(ThemeLoader.tableNames.joined(separator: ", "))"
        case .unknownKey(let name): return "unknown key \(name); use fg, bg, \(Attributes.named.map(\.name).joined(separator: ", "))"
        case .badColour(let text): return "not a colour: \(text) (use a name like red or bright-blue, 0-255, or #rrggbb)"
        case .wrongType(let expected, let got): return "expected \(expected), got \(got)"
        case .notFound(let available): return "no such theme (available: \(available.joined(separator: ", ")))"
        }
    }
}

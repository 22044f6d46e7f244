/// A value in the small TOML subset theme files use.
public enum TOMLValue: Hashable, Sendable {
    case string(String)
    case integer(Int)
    case boolean(Bool)
    case array([TOMLValue])

    /// What kind of value this is, in words, for error messages.
    public var kindName: String {
        switch self {
        case .string: return "a string"
        case .integer: return "an integer"
        case .boolean: return "true or false"
        case .array: return "an array"
        }
    }
}

/// One `key = value` line of a TOML table, with its line number (1-based).
public struct TOMLEntry: Hashable, Sendable {
    public let key: String
    public let value: TOMLValue
    public let line: Int
}

/// One `[name]` table of a TOML document (name "" for keys before the first table).
public struct TOMLTable: Hashable, Sendable {
    public let name: String
    public let line: Int
    public internal(set) var entries: [TOMLEntry]
}

/// Why a TOML text could not be parsed: the line, the key when there is one, and what is wrong.
public struct TOMLError: Error, Hashable, Sendable {
    public let line: Int
    public let key: String?
    public let problem: String
}

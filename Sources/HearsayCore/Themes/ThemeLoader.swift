import Foundation

/// Builds themes from theme files: each file is a partial override of a base theme (the built-in default).
///
/// A role table sets `fg`, `bg` and attribute switches (`bold = true`); `[speakers]` sets `palette`,
/// a list of colours, and attribute switches for all of them.
public enum ThemeLoader {
    /// Every table name a theme file may use.
    public static var tableNames: [String] { ThemeRole.allCases.map(\.rawValue) + [speakersTable] }

    static let speakersTable = "speakers"

    /// Reads the theme file at `path` over `base`; its name is the file name without `.toml`.
    public static func load(path: String, base: Theme = BuiltinThemes.standard) -> Result<Theme, ThemeError> {
        load(path: path, base: base, fileSystem: .system)
    }

    /// Theme files larger than this are refused: a theme is a page of text.
    static let sizeLimit = 256 * 1024

    /// Reads the theme file at `path` through `fileSystem` (tests put failures in it). Like an article, a
    /// FIFO, a folder or a huge file is refused without blocking; unlike an article, the bytes must be UTF-8.
    static func load(path: String, base: Theme, fileSystem: FileSystem) -> Result<Theme, ThemeError> {
        let bytes: [UInt8]
        switch fileSystem.read(path, sizeLimit) {
        case .failure(let failure): return .failure(ThemeError(file: path, problem: .unreadable(failure)))
        case .success(let read): bytes = read
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(ThemeError(file: path, problem: .notUTF8))
        }
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return theme(named: name, text: text, file: path, base: base)
    }

    /// Parses `text` (from `file`, for messages) as a theme over `base`.
    public static func theme(named name: String, text: String, file: String,
                             base: Theme = BuiltinThemes.standard) -> Result<Theme, ThemeError> {
        switch TOMLParser.parse(text) {
        case .failure(let error):
            return .failure(ThemeError(file: file, line: error.line, key: error.key, problem: .syntax(error.problem)))
        case .success(let tables):
            var theme = base
            theme.name = name
            do {
                for table in tables { try apply(table, to: &theme, file: file) }
            } catch let error as ThemeError {
                return .failure(error)
            } catch {
                return .failure(ThemeError(file: file, problem: .syntax("\(error)")))
            }
            return .success(theme)
        }
    }

    private static func apply(_ table: TOMLTable, to theme: inout Theme, file: String) throws {
        if table.name.isEmpty {
            for entry in table.entries where entry.key != "name" {
                throw ThemeError(file: file, line: entry.line, key: entry.key, problem: .unknownKey(entry.key))
            }
            return
        }
        if table.name == speakersTable {
            theme.speakers = try speakers(table, over: theme.speakers, file: file)
            return
        }
        guard let role = ThemeRole(rawValue: table.name) else {
            throw ThemeError(file: file, line: table.line, key: "[\(table.name)]", problem: .unknownRole(table.name))
        }
        var style = theme.style(role)
        for entry in table.entries { try apply(entry, to: &style, file: file) }
        theme.styles[role] = style
    }

    private static func speakers(_ table: TOMLTable, over palette: [Style], file: String) throws -> [Style] {
        var result = palette
        if let entry = table.entries.first(where: { $0.key == "palette" }) {
            guard case .array(let values) = entry.value, !values.isEmpty else {
                throw ThemeError(file: file, line: entry.line, key: entry.key,
                                 problem: .wrongType(expected: "a non-empty array of colours", got: entry.value.kindName))
            }
            let attributes = palette.first?.attributes ?? []
            result = try values.map { value in
                guard let colour = ColorName.parse(value) else {
                    throw ThemeError(file: file, line: entry.line, key: entry.key, problem: .badColour(display(value)))
                }
                return Style(foreground: colour, attributes: attributes)
            }
        }
        for entry in table.entries where entry.key != "palette" {
            for index in result.indices { try apply(entry, to: &result[index], file: file) }
        }
        return result
    }

    private static func apply(_ entry: TOMLEntry, to style: inout Style, file: String) throws {
        func fail(_ problem: ThemeError.Problem) -> ThemeError {
            ThemeError(file: file, line: entry.line, key: entry.key, problem: problem)
        }
        switch entry.key {
        case "fg", "bg":
            guard let colour = ColorName.parse(entry.value) else { throw fail(.badColour(display(entry.value))) }
            if entry.key == "fg" { style.foreground = colour } else { style.background = colour }
        default:
            guard let attribute = Attributes.named.first(where: { $0.name == entry.key })?.attribute else {
                throw fail(.unknownKey(entry.key))
            }
            guard case .boolean(let on) = entry.value else {
                throw fail(.wrongType(expected: "true or false", got: entry.value.kindName))
            }
            if on { style.attributes.insert(attribute) } else { style.attributes.remove(attribute) }
        }
    }

    private static func display(_ value: TOMLValue) -> String {
        switch value {
        case .string(let text): return "\"\(text)\""
        case .integer(let number): return "\(number)"
        case .boolean(let flag): return "\(flag)"
        case .array: return "an array"
        }
    }
}

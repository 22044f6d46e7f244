import Foundation

/// Reads colours as theme files write them: a name, a 256-colour index, or `#rrggbb`.
public enum ColorName {
    /// The 8 ANSI names; `bright-NAME` adds 8. `grey`/`gray` is bright black.
    public static let ansiNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// The colour a theme value means, or nil when it is not one.
    public static func parse(_ value: TOMLValue) -> Color? {
        switch value {
        case .integer(let index): return (0...255).contains(index) ? .indexed(index) : nil
        case .string(let text): return parse(text)
        default: return nil
        }
    }

    /// The colour a string names: `default`, `red`, `bright-red`, `grey`, `208`, `#ff8700`.
    public static func parse(_ text: String) -> Color? {
        let name = text.lowercased().replacingOccurrences(of: "_", with: "-")
        if name == "default" || name == "none" { return .terminalDefault }
        if name == "grey" || name == "gray" { return .ansi(8) }
        if let index = ansiNames.firstIndex(of: name) { return .ansi(index) }
        for prefix in ["bright-", "light-"] where name.hasPrefix(prefix) {
            if let index = ansiNames.firstIndex(of: String(name.dropFirst(prefix.count))) { return .ansi(index + 8) }
        }
        if let index = Int(name), (0...255).contains(index) { return .indexed(index) }
        return hex(name)
    }

    private static func hex(_ name: String) -> Color? {
        guard name.hasPrefix("#"), name.count == 7, let value = Int(name.dropFirst(), radix: 16) else { return nil }
        return .rgb(red: (value >> 16) & 0xFF, green: (value >> 8) & 0xFF, blue: value & 0xFF)
    }
}

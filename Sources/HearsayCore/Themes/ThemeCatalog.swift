import Foundation

/// The themes a session can switch between: the built-in default plus every `*.toml` in a themes folder.
///
/// Files are read when a theme is chosen, so a broken file only matters when it is used.
public struct ThemeCatalog: Sendable {
    /// The folder the theme files come from, if one was found.
    public let directory: String?
    /// Theme names in switching order: `default` first, then the others alphabetically.
    public let names: [String]

    public init(directory: String?) {
        self.directory = directory
        var found: [String] = []
        if let directory, let files = try? FileManager.default.contentsOfDirectory(atPath: directory) {
            found = files.filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }
        }
        names = ["default"] + found.filter { $0 != "default" }.sorted()
    }

    /// The theme called `name` (or at the path `name`, when it names a `.toml` file); on any problem the
    /// built-in default, with the error saying why.
    public func theme(named name: String) -> (theme: Theme, error: ThemeError?) {
        let result: Result<Theme, ThemeError>
        if name.hasSuffix(".toml") || name.contains("/") {
            result = ThemeLoader.load(path: name)
        } else if let path = path(of: name) {
            result = ThemeLoader.load(path: path)
        } else if name == "default" {
            result = .success(BuiltinThemes.standard)
        } else {
            result = .failure(ThemeError(file: name, problem: .notFound(available: names)))
        }
        switch result {
        case .success(let theme): return (theme, nil)
        case .failure(let error): return (BuiltinThemes.standard, error)
        }
    }

    private func path(of name: String) -> String? {
        guard let directory else { return nil }
        let path = (directory as NSString).appendingPathComponent(name + ".toml")
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }
}

import Foundation

/// Finds the folders shipped beside the program (`seeds/`, `Themes/`) wherever it is run from:
/// `$HEARSAY_HOME`, then beside the executable and its parents (a build folder inside the repository),
/// then the current folder.
enum ResourceLocator {
    static func seedsDirectory() -> String? { find("seeds") }

    static func themesDirectory() -> String? { find("Themes") }

    static func find(_ name: String) -> String? {
        for base in candidateBases() {
            let path = (base as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { return path }
        }
        return nil
    }

    private static func candidateBases() -> [String] {
        var bases: [String] = []
        if let home = ProcessInfo.processInfo.environment["HEARSAY_HOME"], !home.isEmpty { bases.append(home) }
        var directory = (executablePath() as NSString).deletingLastPathComponent
        for _ in 0..<6 where directory != "/" && !directory.isEmpty {
            bases.append(directory)
            bases.append((directory as NSString).appendingPathComponent("share/hearsay"))
            directory = (directory as NSString).deletingLastPathComponent
        }
        bases.append(FileManager.default.currentDirectoryPath)
        return bases
    }

    private static func executablePath() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}

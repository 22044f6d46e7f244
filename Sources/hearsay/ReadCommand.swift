import ArgumentParser
import Foundation
import HearsayCore
import HearsayTerminal

/// `hearsay [PATH...]`: open the articles in the reader (the bundled seeds/ when no path is given).
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open articles in the reader (the default command).",
        discussion: """
            Keys: arrows or j/k browse, Enter reads, / searches, ] and [ jump between quotes, T switches theme, \
            ? shows every key, q goes back or quits.
            Themes come from the Themes/ folder found beside the program or in $HEARSAY_HOME; \
            HEARSAY_THEME chooses one too. NO_COLOR turns colours off.
            """
    )

    @Option(name: .long, help: "Colour theme: a name from Themes/ (default, light, high-contrast, mono) or a .toml path.")
    var theme: String?

    @Flag(name: .long, help: "No colours (as with NO_COLOR); attributes still mark quotes, speakers and places.")
    var noColor = false

    @Argument(help: "Article files or folders (default: the bundled seeds/).")
    var paths: [String] = []

    func run() throws {
        let targets = paths.isEmpty ? [ResourceLocator.seedsDirectory()].compactMap { $0 } : paths
        guard !targets.isEmpty else {
            Console.error("cannot find the bundled seeds/ folder; give a file or folder to open, or set HEARSAY_HOME")
            throw ExitCode(2)
        }
        AnnotatorWarmUp.start()
        let library = Library.scan(targets)
        guard !library.entries.isEmpty else {
            Console.error("no .txt articles found in \(SafeText.sanitize(targets.joined(separator: ", ")))")
            throw ExitCode(2)
        }
        let environment = ProcessInfo.processInfo.environment
        let themeName = theme ?? environment["HEARSAY_THEME"].flatMap { $0.isEmpty ? nil : $0 } ?? "default"
        let colour = !noColor && (environment["NO_COLOR"] ?? "").isEmpty
        let terminal: Terminal
        do {
            terminal = try Terminal(colour: colour)
        } catch let error as TerminalError {
            Console.error(error.message)
            throw ExitCode(2)
        }
        let app = ReaderApp(terminal: terminal, catalog: LibraryCatalog(library: library),
                            themes: ThemeCatalog(directory: ResourceLocator.themesDirectory()), themeName: themeName,
                            crashAfterFirstFrame: TestCrashHook.isArmed)
        app.run()
    }
}

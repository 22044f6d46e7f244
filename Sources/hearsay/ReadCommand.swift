import ArgumentParser
import Foundation
import HearsayCore

/// `hearsay [PATH...]`: open the articles in the reader (the bundled seeds/ when no path is given).
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open articles in the reader (the default command)."
    )

    @Argument(help: "Article files or folders (default: the bundled seeds/).")
    var paths: [String] = []

    func run() throws {
        let targets = paths.isEmpty ? [ResourceLocator.seedsDirectory()].compactMap { $0 } : paths
        guard !targets.isEmpty else {
            Console.error("cannot find the bundled seeds/ folder; give a file or folder to open")
            throw ExitCode(2)
        }
        var annotate = AnnotateCommand()
        annotate.paths = targets
        try annotate.run()
    }
}

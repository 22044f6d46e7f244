import ArgumentParser
import HearsayCore

/// The `hearsay` command: the reader by default, `annotate` for scripts.
@main
struct Hearsay: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hearsay",
        abstract: "A terminal news reader that shows who said what, and where.",
        version: HearsayVersion.string,
        subcommands: [ReadCommand.self, AnnotateCommand.self],
        defaultSubcommand: ReadCommand.self
    )
}

/// The program's version, shown by `--version`.
enum HearsayVersion {
    static let string = "0.1.0"
}

import ArgumentParser
import Foundation
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

    /// Parses and runs the command as ArgumentParser does, except that an error message (which may
    /// quote an argument, escape sequences and all) is made safe for the terminal before it is printed,
    /// and bad usage exits with status 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { Console.output(message + "\n") }
            } else if !message.isEmpty {
                let lines = message.split(separator: "\n", omittingEmptySubsequences: false).map { SafeText.sanitize(String($0)) }
                Console.raw(error: lines.joined(separator: "\n") + "\n")
            }
            Foundation.exit(code == .validationFailure ? usageExitCode : code.rawValue)
        }
    }

    /// The status for bad usage (ArgumentParser's own is 64, EX_USAGE): hearsay's exit codes are 0, 1 and 2.
    static let usageExitCode: Int32 = 2
}

/// The program's version, shown by `--version`.
enum HearsayVersion {
    static let string = "0.1.0"
}

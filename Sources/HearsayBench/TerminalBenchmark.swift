import Foundation

/// The real binary in a real terminal: tmux starts `hearsay` on the largest library and the screen is polled
/// until the list shows. Beside it, the same for a program that only prints a word: terminal start-up alone.
public struct TerminalBenchmark {
    public let plan: BenchmarkPlan
    /// The `hearsay` executable to run.
    public let binary: String
    /// Runs of each, the median is reported.
    static let runs = 3

    public init(plan: BenchmarkPlan, binary: String) {
        self.plan = plan
        self.binary = binary
    }

    public func run() throws -> [BenchmarkRow] {
        let count = plan.largestLibrary
        guard let tmux = Self.findTmux() else {
            return skipped("tmux is not installed")
        }
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            return skipped("no hearsay binary at \(binary)")
        }
        let directory = try Fixtures.library(count: count, plan: plan)
        var startup = Samples()
        var list = Samples()
        for _ in 0..<Self.runs {
            startup.add(try time(tmux, ["/bin/sh", "-c", "printf 'terminal-ready'; exec sleep 60"]) { $0.contains("terminal-ready") })
            list.add(try time(tmux, [binary, directory]) { $0.contains("Articles (\(count))") && $0.contains("1/\(count)") })
        }
        return [
            BenchmarkRow(id: "terminal.startup", label: "terminal start-up alone (tmux, sh)", unit: "ms",
                         median: startup.median, samples: startup.count,
                         note: "tmux new-session to a printed word on screen, polled every 2 ms"),
            BenchmarkRow(id: "terminal.first-frame", label: "real binary under tmux, list shown, \(count) articles",
                         unit: "ms", median: list.median, samples: list.count, budget: .atMost(1_000 + startup.median),
                         note: "budget: the 1 s first-frame budget + terminal start-up"),
        ]
    }

    private func skipped(_ reason: String) -> [BenchmarkRow] {
        [BenchmarkRow(id: "terminal.startup", label: "terminal start-up alone (tmux, sh)", unit: "ms", median: 0,
                      note: reason, skipped: true),
         BenchmarkRow(id: "terminal.first-frame", label: "real binary under tmux, list shown", unit: "ms", median: 0,
                      note: reason, skipped: true)]
    }

    /// Milliseconds from starting `command` in a new tmux session until the screen satisfies `shown`.
    private func time(_ tmux: String, _ command: [String], until shown: (String) -> Bool) throws -> Double {
        let socket = NSTemporaryDirectory() + "hearsay-bench-\(getpid()).sock"
        let base = [tmux, "-S", socket, "-f", "/dev/null"]
        defer { _ = try? Self.run(base + ["kill-server"]) }
        let quoted = command.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let start = Stopwatch.now()
        _ = try Self.run(base + ["new-session", "-d", "-s", "bench", "-x", "\(plan.width)", "-y", "\(plan.height)",
                                 "-e", "LANG=C.UTF-8", quoted])
        let deadline = start + 30_000_000_000
        while Stopwatch.now() < deadline {
            if shown(try Self.run(base + ["capture-pane", "-p", "-t", "bench"])) {
                return Double(Stopwatch.now() - start) / 1e6
            }
            usleep(2_000)
        }
        throw TerminalBenchmarkError.timedOut(command.joined(separator: " "))
    }

    private static func findTmux() -> String? {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs a program to its end and returns its standard output.
    private static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

/// Why the terminal rows could not be measured.
public enum TerminalBenchmarkError: Error, CustomStringConvertible {
    case timedOut(String)

    public var description: String {
        switch self {
        case .timedOut(let command): return "timed out waiting for the screen of: \(command)"
        }
    }
}

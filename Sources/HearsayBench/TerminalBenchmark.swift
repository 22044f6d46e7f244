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
        let socket = NSTemporaryDirectory() + "hearsay-bench-\(getpid())-\(UUID().uuidString.prefix(8)).sock"
        let base = [tmux, "-S", socket, "-f", "/dev/null"]
        defer {
            _ = try? Self.run(base + ["kill-server"], output: false)
            unlink(socket)
        }
        let quoted = command.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let start = Stopwatch.now()
        _ = try Self.run(base + ["new-session", "-d", "-s", "bench", "-x", "\(plan.width)", "-y", "\(plan.height)",
                                 "-e", "LANG=C.UTF-8", quoted], output: false)
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

    /// Runs a program to its end and returns its standard output (through a file when `output`, else to
    /// /dev/null). posix_spawn and waitpid, not Foundation `Process`, which waits for the tmux server a new
    /// session leaves running.
    private static func run(_ arguments: [String], output: Bool = true) throws -> String {
        let outPath = NSTemporaryDirectory() + "hearsay-bench-\(getpid()).out"
        defer { unlink(outPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output ? outPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        guard posix_spawn(&pid, arguments[0], &actions, nil, argv, environ) == 0 else {
            throw TerminalBenchmarkError.cannotRun(arguments[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return output ? (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "" : ""
    }
}

/// Why the terminal rows could not be measured.
public enum TerminalBenchmarkError: Error, CustomStringConvertible {
    case timedOut(String)
    case cannotRun(String)

    public var description: String {
        switch self {
        case .cannotRun(let program): return "cannot run \(program)"
        case .timedOut(let command): return "timed out waiting for the screen of: \(command)"
        }
    }
}

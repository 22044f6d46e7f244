import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The real `hearsay` binary in a real terminal: a private tmux server (own socket) running it in one pane.
///
/// The program runs under `sh -c '"$@"; echo "[exit $?]"; exec sleep 600'` so its exit status shows on
/// screen and the pane stays. Tests wait for what they expect by polling the screen every 20 ms.
final class TmuxSession {
    let socket = "/tmp/hearsay-e2e-\(getpid())-\(UUID().uuidString.prefix(8)).sock"
    /// tmux's configuration for this server (`-f`): the options a test asked for, nothing from the user.
    private var configuration: String { socket + ".conf" }

    /// The built `hearsay` executable, beside the test bundle.
    static var binary: String {
        let products = Bundle.main.bundleURL
        let beside = products.appendingPathComponent("hearsay").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/hearsay").path
    }

    /// The repository's seeds/ folder.
    static var seeds: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds").path
    }

    /// Starts `arguments` (default: the binary with no argument) in a `width`×`height` pane, from /tmp.
    /// `options` are tmux commands for the server's configuration (`set -g set-clipboard on`); `afterExit`
    /// is shell code run in the pane once the program has ended (`stty -a`, to see the modes it left).
    init(_ arguments: [String] = [TmuxSession.binary], width: Int = 120, height: Int = 30,
         environment: [String: String] = [:], options: [String] = [], afterExit: String = "") throws {
        try Data((options.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: configuration))
        var command = ["new-session", "-d", "-s", "app", "-x", "\(width)", "-y", "\(height)", "-c", "/tmp"]
        let variables = ["SWIFT_BACKTRACE": "interactive=no", "LANG": "C.UTF-8", "HEARSAY_HOME": ""].merging(environment) { $1 }
        for (key, value) in variables.sorted(by: { $0.key < $1.key }) { command += ["-e", "\(key)=\(value)"] }
        let wrapped = ["/bin/sh", "-c", "\"$@\"; echo \"[exit $?]\"; \(afterExit)\nexec sleep 600", "sh"] + arguments
        command.append(wrapped.map(Self.quote).joined(separator: " "))
        _ = try tmux(command)
    }

    deinit {
        _ = try? tmux(["kill-server"])
        unlink(socket)
        unlink(configuration)
    }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let result = try Spawn.run(["tmux", "-S", socket, "-f", configuration] + arguments)
        guard result.status == 0 else { throw TmuxError.failed(arguments.first ?? "", result.error) }
        return result.output
    }

    /// Sends keys by tmux name ("Enter", "Down") or, with `literal`, as text.
    func send(_ keys: String..., literal: Bool = false) throws {
        try tmux(["send-keys", "-t", "app"] + (literal ? ["-l"] : []) + keys)
    }

    /// The screen as text (with escape sequences when asked).
    func screen(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", "app"] + (escapes ? ["-e"] : []))
    }

    /// Polls the screen every 20 ms until `predicate` holds; fails with the last screen after `timeout` seconds.
    @discardableResult
    func waitFor(timeout: Double = 10, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        var matched: String?
        while Date() < deadline {
            last = try screen()
            // A match counts once the screen holds still for one poll: tmux can show a frame half written.
            if predicate(last) {
                if last == matched { return last }
                matched = last
            } else {
                matched = nil
            }
            usleep(20_000)
        }
        throw TmuxError.timeout(last)
    }

    /// Waits until the screen contains `text`.
    @discardableResult
    func waitFor(text: String, timeout: Double = 10) throws -> String {
        try waitFor(timeout: timeout) { $0.contains(text) }
    }

    /// Waits for the program to end and returns its exit status.
    func waitForExit(timeout: Double = 10) throws -> Int {
        let screen = try waitFor(timeout: timeout) { $0.range(of: #"\[exit \d+\]"#, options: .regularExpression) != nil }
        let match = screen.range(of: #"\[exit \d+\]"#, options: .regularExpression).map { String(screen[$0]) } ?? ""
        return Int(match.dropFirst(6).dropLast()) ?? -1
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "app", "-x", "\(width)", "-y", "\(height)"])
    }

    /// A tmux format for the pane (`#{alternate_on}`...).
    func format(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", "app", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The pid of the program running under the pane's shell.
    func programPID() throws -> pid_t? {
        let shell = try format("#{pane_pid}")
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        return children.split(separator: " ").first.flatMap { pid_t($0) }
    }

    private static func quote(_ argument: String) -> String {
        "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

enum TmuxError: Error, CustomStringConvertible {
    case failed(String, String)
    case timeout(String)

    var description: String {
        switch self {
        case .failed(let command, let error): return "tmux \(command) failed: \(error)"
        case .timeout(let screen): return "timed out; the screen was:\n\(screen)"
        }
    }
}

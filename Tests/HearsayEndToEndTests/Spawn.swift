import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program and waits for it, without Foundation `Process`: Swift Testing's worker threads block
/// most signals and `Process` children inherit that mask (then tmux cannot be killed and the app never
/// sees SIGWINCH). posix_spawn with an empty mask and default handlers avoids it; output goes to temp files.
enum Spawn {
    struct Result {
        let status: Int32
        let output: String
        let error: String
    }

    /// The environment for children: ours without what `swift test` or an outer tmux adds.
    static var cleanEnvironment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        for key in ["NO_COLOR", "TMUX", "TMUX_PANE", "COLUMNS", "LINES"] { environment[key] = nil }
        return environment
    }

    static func run(_ arguments: [String], environment: [String: String] = cleanEnvironment) throws -> Result {
        let base = NSTemporaryDirectory() + "hearsay-spawn-\(getpid())-\(UUID().uuidString.prefix(8))"
        let outPath = base + ".out"
        let errPath = base + ".err"
        defer {
            unlink(outPath)
            unlink(errPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var all = sigset_t()
        sigfillset(&all)
        sigdelset(&all, SIGKILL)
        sigdelset(&all, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw SpawnError.cannotStart(arguments[0], spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Result(status: exitStatus, output: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
                      error: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
    }

    /// Whether `program` is on the PATH.
    static func isAvailable(_ program: String) -> Bool {
        (try? run(["/bin/sh", "-c", "command -v \(program)"]).status) == 0
    }
}

enum SpawnError: Error {
    case cannotStart(String, Int32)
}

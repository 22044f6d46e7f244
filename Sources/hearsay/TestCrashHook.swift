import Foundation

/// A hidden hook for the end-to-end tests, out of the normal path: with `HEARSAY_TEST_CRASH=1` in the
/// environment the reader traps right after drawing its first frame, so a test can check that a crash
/// gives the terminal back (echo, canonical mode, cursor, main screen). Nothing else reads the variable,
/// and `--help` does not mention it.
enum TestCrashHook {
    static let variable = "HEARSAY_TEST_CRASH"

    /// Whether the hook is armed for this run.
    static var isArmed: Bool { ProcessInfo.processInfo.environment[variable] == "1" }

    /// The deliberate crash: a Swift trap, as a bug would cause.
    static func trap() -> Never {
        preconditionFailure("\(variable)=1: deliberate crash after the first frame")
    }
}

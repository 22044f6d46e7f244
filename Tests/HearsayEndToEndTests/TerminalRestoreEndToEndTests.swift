import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Whatever ends the reader, the terminal comes back: checked with `stty -a` in the same pane afterwards.
@Suite("The terminal comes back", .enabled(if: Spawn.isAvailable("tmux"), "tmux is not installed; install it to run the end-to-end tests"))
struct TerminalRestoreTests {
    /// Starts the reader with `stty -a` to run after it, and waits for the first frame.
    private func start(environment: [String: String] = [:]) throws -> TmuxSession {
        try TmuxSession(environment: environment, afterExit: "stty -a")
    }

    /// After the program ended: echo and canonical mode back, the cursor visible, the main screen shown.
    private func expectRestored(_ session: TmuxSession, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let screen = try session.waitFor { $0.contains("icanon") }
        #expect(HostileText.sttyIsRestored(screen), "stty -a after exit:\n\(screen)", sourceLocation: sourceLocation)
        #expect(try session.format("#{alternate_on}") == "0", sourceLocation: sourceLocation)
        #expect(try session.format("#{cursor_flag}") == "1", sourceLocation: sourceLocation)
    }

    @Test("SIGINT, SIGTERM and SIGHUP each end the reader by that signal with the terminal restored",
          arguments: [SIGINT, SIGTERM, SIGHUP])
    func signals(_ signal: Int32) throws {
        let session = try start()
        try session.waitFor(text: "Articles (10)")
        let pid = try #require(try session.programPID())
        kill(pid, signal)
        #expect(try session.waitForExit() == 128 + Int(signal))
        try expectRestored(session)
    }

    @Test("A crash inside the program (a Swift trap after the first frame) restores the terminal before the backtrace")
    func crash() throws {
        let session = try start(environment: ["HEARSAY_TEST_CRASH": "1"])
        let status = try session.waitForExit(timeout: 60)
        #expect(status > 128, "the reader should die by a signal, got \(status)")
        try expectRestored(session)
        #expect(!(try session.screen()).contains("Articles (10)"))
    }

    @Test("q restores echo and canonical mode as well as the screen")
    func quit() throws {
        let session = try start()
        try session.waitFor(text: "Articles (10)")
        try session.send("q")
        #expect(try session.waitForExit() == 0)
        try expectRestored(session)
    }

    @Test("Ctrl-Z then fg resumes with a full redraw of the frame")
    func suspendRedraws() throws {
        let session = try TmuxSession(["/bin/bash", "--norc", "--noprofile", "-i"])
        try session.waitFor(text: "bash-")
        try session.send(TmuxSession.binary, literal: true)
        try session.send("Enter")
        try session.waitFor(text: "Articles (10)")
        try session.send("C-z")
        try session.waitFor(text: "Stopped")
        #expect(try session.format("#{alternate_on}") == "0")
        #expect(try session.format("#{cursor_flag}") == "1")
        try session.send("clear; fg", literal: true)
        try session.send("Enter")
        let screen = try session.waitFor { $0.contains("Articles (10)") && $0.contains(" 1/10") && $0.contains("└") }
        #expect(screen.contains("Russia is to supply weapons"))
        #expect(try session.format("#{alternate_on}") == "1")
        try session.send("Q")
        try session.waitFor { !$0.contains("Articles") && $0.contains("bash-") }
    }
}

import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The real binary under tmux, started from /tmp so it must find seeds/ and Themes/ by itself.
@Suite("The reader in a real terminal", .enabled(if: Spawn.isAvailable("tmux"), "tmux is not installed; install it to run the end-to-end tests"))
struct ReaderEndToEndTests {
    /// Starts the reader on the bundled seeds and waits for the first frame.
    private func start(width: Int = 120, height: Int = 30, environment: [String: String] = [:]) throws -> TmuxSession {
        let session = try TmuxSession(width: width, height: height, environment: environment)
        try session.waitFor(text: "Articles (10)")
        return session
    }

    @Test("With no argument the reader opens seeds/ with the list and the first article side by side")
    func listAndReader() throws {
        let session = try start()
        // Wait for the whole first frame: tmux may show a frame while it is still being written.
        let screen = try session.waitFor { $0.contains("Russia is to supply weapons") && $0.contains(" 1/10") }
        #expect(screen.contains("▶ Isis: Russia pledges"))
        #expect(screen.contains("4❝"))
        #expect(screen.contains(" 1/10"))
        try session.send("Down")
        try session.waitFor(text: "LISBON")
        #expect(try session.screen().contains(" 2/10"))
    }

    @Test("] on the seed shows the first quote and its speaker in the status bar")
    func quoteJump() throws {
        let session = try start()
        try session.send("Enter")
        try session.send("]")
        try session.waitFor(text: "Quote 1/4 · Haidar al-Abadi")
    }

    @Test("/Ramadi finds 1 of 1 while typing, and Enter keeps it in the status bar")
    func search() throws {
        let session = try start()
        try session.send("/")
        try session.send("Ramadi", literal: true)
        try session.waitFor(text: "1 of 1")
        try session.send("Enter")
        try session.waitFor(text: "/Ramadi  1 of 1")
        let escapes = try session.screen(escapes: true)
        #expect(escapes.contains("Ramadi\u{1B}[0m") || escapes.contains("Ramadi\u{1B}["))
    }

    @Test("Resizing redraws at the new size, and a tiny terminal shows a short message")
    func resize() throws {
        let session = try start()
        try session.resize(width: 70, height: 16)
        try session.waitFor { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.first?.count == 70 && lines.first?.hasSuffix("┐") == true
        }
        try session.resize(width: 20, height: 5)
        try session.waitFor(text: "too small")
        try session.resize(width: 100, height: 20)
        try session.waitFor(text: "Articles (10)")
    }

    @Test("q quits with status 0 and gives the terminal back")
    func quitRestores() throws {
        let session = try start()
        #expect(try session.format("#{alternate_on}") == "1")
        try session.send("q")
        #expect(try session.waitForExit() == 0)
        #expect(try session.format("#{alternate_on}") == "0")
        #expect(!(try session.screen().contains("Articles")))
    }

    @Test("SIGTERM restores the terminal and ends the program by that signal")
    func sigterm() throws {
        let session = try start()
        let pid = try #require(try session.programPID())
        kill(pid, SIGTERM)
        #expect(try session.waitForExit() == 143)
        #expect(try session.format("#{alternate_on}") == "0")
    }

    @Test("T switches to the next theme and says which")
    func themes() throws {
        let session = try start()
        try session.send("T")
        try session.waitFor(text: "Theme: high-contrast")
    }

    @Test("With NO_COLOR there are no colours, but bold and italic still mark names and quotes")
    func noColor() throws {
        let session = try start(environment: ["NO_COLOR": "1"])
        try session.send("Enter")
        try session.send("]")
        try session.waitFor(text: "Quote 1/4")
        let escapes = try session.screen(escapes: true)
        #expect(!escapes.contains("38;5;"))
        #expect(!escapes.contains("\u{1B}[32m"))
        #expect(escapes.contains("\u{1B}[1m"))
        #expect(escapes.contains("\u{1B}[3m"))
    }

    @Test("An unknown TERM is refused with a message and status 2")
    func unknownTerminal() throws {
        let session = try TmuxSession(["/usr/bin/env", "TERM=bogus", TmuxSession.binary])
        #expect(try session.waitForExit() == 2)
        #expect(try session.screen().contains("unknown terminal type 'bogus'"))
    }

    @Test("Without a terminal the reader exits with status 2 and a clear message instead of drawing")
    func notATerminal() throws {
        let result = try Spawn.run([TmuxSession.binary, TmuxSession.seeds])
        #expect(result.status == 2)
        #expect(result.error.contains("must be a terminal"))
        #expect(result.output.isEmpty)
    }
}

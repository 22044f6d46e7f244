import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Text that tries to take over the terminal, under a real terminal (tmux) and through `annotate`.
@Suite("Escape injection", .enabled(if: Spawn.isAvailable("tmux"), "tmux is not installed; install it to run the end-to-end tests"))
struct EscapeInjectionTests {
    @Test("An article of escape sequences leaves the pane title, window name, colours, cursor, screen and clipboard alone, and shows placeholders")
    func readerShowsPlaceholders() throws {
        let folder = try HostileText.folder()
        let session = try TmuxSession([TmuxSession.binary, folder.path], environment: ["NO_COLOR": "1"],
                                      options: ["set -g set-clipboard on", "set -g allow-rename on"])
        try session.waitFor(text: "Articles (1)")
        try session.send("Enter")
        let screen = try session.waitFor(text: "only text")
        #expect(screen.contains("␛]0;pwned-title␇"))
        #expect(screen.contains("␛[31mred␛[0m"))
        #expect(screen.contains("␛]2;pwned-file␇name.txt"))
        #expect(screen.contains("\u{FFFD}desrever\u{FFFD}"))
        #expect(screen.contains("a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}f"))
        #expect(try session.format("#{pane_title}") == session.format("#{host}"))
        #expect(!(try session.format("#{window_name}")).contains("pwned"))
        #expect(try session.format("#{alternate_on}") == "1")
        #expect(try session.format("#{cursor_flag}") == "0")
        #expect(try session.tmux(["list-buffers"]).isEmpty)
        let escapes = try session.screen(escapes: true)
        let colour = escapes.range(of: #"\x1B\[([0-9]+;)*(3[0-8]|4[0-8]|9[0-7]|10[0-7])(;[0-9]+)*m"#, options: .regularExpression)
        #expect(colour == nil, "a colour reached the screen although the reader runs without colours")
        try session.send("Q")
        #expect(try session.waitForExit() == 0)
    }

    @Test("annotate and annotate --json print nothing a terminal would interpret, on stdout or stderr")
    func annotateIsInert() throws {
        let folder = try HostileText.folder()
        for json in [false, true] {
            let result = try Spawn.run([TmuxSession.binary, "annotate"] + (json ? ["--json"] : []) + [folder.path])
            #expect(result.status == 0)
            #expect(HostileText.interpreted(in: result.output).isEmpty, "stdout: \(result.output.debugDescription)")
            #expect(HostileText.interpreted(in: result.error).isEmpty, "stderr: \(result.error.debugDescription)")
            #expect(result.output.contains(json ? "\\u001b]2;pwned-file\\u0007name.txt" : "␛]2;pwned-file␇name.txt"))
        }
        let missing = try Spawn.run([TmuxSession.binary, "annotate", folder.path + "/\u{1B}]2;x\u{07}gone.txt", "--\u{1B}[31mbogus"])
        #expect(missing.status != 0)
        #expect(HostileText.interpreted(in: missing.error).isEmpty, "stderr: \(missing.error.debugDescription)")
    }

    @Test("A TERM holding an escape sequence is refused with the sequence shown, not acted on")
    func hostileTerm() throws {
        let session = try TmuxSession(["/usr/bin/env", "TERM=\u{1B}]2;pwned-term\u{07}", TmuxSession.binary])
        #expect(try session.waitForExit() == 2)
        #expect(try session.screen().contains("unknown terminal type '␛]2;pwned-term␇'"))
        #expect(try session.format("#{pane_title}") == session.format("#{host}"))
    }
}

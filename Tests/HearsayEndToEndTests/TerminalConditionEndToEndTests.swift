import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The terminal the reader is given: not one, an unknown one, a tiny one, a resizing one, a non-UTF-8 one.
@Suite("Terminal conditions", .enabled(if: Spawn.isAvailable("tmux"), "tmux is not installed; install it to run the end-to-end tests"))
struct TerminalConditionTests {
    @Test("Standard input not a terminal: exit 2 with a message, nothing drawn")
    func stdinNotATerminal() throws {
        let session = try TmuxSession(["/bin/sh", "-c", "\"$0\" < /dev/null", TmuxSession.binary])
        #expect(try session.waitForExit() == 2)
        #expect(try session.screen().contains("standard input and output must be a terminal"))
        #expect(try session.format("#{alternate_on}") == "0")
    }

    @Test("Standard output not a terminal: exit 2 with a message, nothing written to the output")
    func stdoutNotATerminal() throws {
        let output = NSTemporaryDirectory() + "hearsay-stdout-\(UUID().uuidString)"
        defer { unlink(output) }
        let session = try TmuxSession(["/bin/sh", "-c", "\"$0\" > \"$1\"", TmuxSession.binary, output])
        #expect(try session.waitForExit() == 2)
        #expect(try session.screen().contains("standard input and output must be a terminal"))
        #expect(((try? String(contentsOfFile: output, encoding: .utf8)) ?? "x").isEmpty)
    }

    @Test("TERM unset, TERM=dumb: a message and status 2, never a garbled screen")
    func missingOrDumbTerm() throws {
        let unset = try TmuxSession(["/usr/bin/env", "-u", "TERM", TmuxSession.binary])
        #expect(try unset.waitForExit() == 2)
        #expect(try unset.screen().contains("TERM is not set"))
        let dumb = try TmuxSession(["/usr/bin/env", "TERM=dumb", TmuxSession.binary])
        #expect(try dumb.waitForExit() == 2)
        #expect(try dumb.screen().contains("terminal 'dumb' cannot position the cursor"))
        #expect(try dumb.format("#{alternate_on}") == "0")
    }

    @Test("Sizes from 1x1 to 20x5 show a short message, and the reader comes back at full size")
    func tinySizes() throws {
        let session = try TmuxSession(width: 80, height: 24)
        try session.waitFor(text: "Articles (10)")
        for (width, height) in [(1, 1), (2, 1), (5, 2), (10, 3), (18, 4), (20, 5), (39, 5), (40, 5)] {
            try session.resize(width: width, height: height)
            try session.waitFor { screen in
                let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
                let first = lines.first.map(String.init) ?? ""
                return width < 8 ? !screen.contains("Articles") : first.contains("Terminal too small".prefix(width))
            }
        }
        try session.resize(width: 80, height: 24)
        try session.waitFor { $0.contains("Articles (10)") && $0.contains(" 1/10") }
        #expect(try session.programPID() != nil)
    }

    @Test("Rapid resizes while scrolling and searching keep the reader up and end on a correct frame")
    func rapidResizes() throws {
        let session = try TmuxSession(width: 100, height: 30)
        try session.waitFor(text: "Articles (10)")
        try session.send("Enter")
        let sizes = [(60, 12), (30, 6), (120, 40), (41, 7), (8, 3), (200, 50), (45, 9), (100, 30)]
        func resize(_ round: Int) throws {
            let (width, height) = sizes[round % sizes.count]
            try session.resize(width: width, height: height)
        }
        for round in 0..<8 {                       // scrolling
            try resize(round)
            try session.send(round % 3 == 0 ? "PageDown" : "j")
        }
        try session.send("/")
        for round in 0..<6 {                       // typing a search
            try resize(round + 3)
            if round % 2 == 0 { try session.send("e", literal: true) }
        }
        try session.send("Enter")
        for round in 0..<8 {                       // jumping between matches
            try resize(round + 5)
            try session.send(round % 2 == 0 ? "n" : "N")
        }
        try session.resize(width: 90, height: 20)
        let screen = try session.waitFor { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.first?.count == 90 && lines.first?.hasSuffix("┐") == true && screen.contains("/eee")
        }
        #expect(screen.contains("Articles (10)"))
        #expect(try session.programPID() != nil)
        try session.send("Q")
        #expect(try session.waitForExit() == 0)
    }

    @Test("In the C locale the frame and the text are plain ASCII: no box drawing, no mojibake")
    func cLocale() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = "Zoë Ångström visits 東京\n“It is a good day,” said Zoë Ångström — in Reykjavík.\n"
        try Data(text.utf8).write(to: folder.appendingPathComponent("zoe.txt"))
        let session = try TmuxSession([TmuxSession.binary, folder.path], environment: ["LANG": "C", "LC_ALL": "C"])
        let screen = try session.waitFor(text: "said Zoe Angstrom - in Reykjavik")
        #expect(screen.unicodeScalars.allSatisfy { $0.isASCII }, "non-ASCII on a C-locale screen:\n\(screen)")
        #expect(screen.contains("+ Articles (1) -"))
        #expect(screen.contains("\"It is a good day,\""))
        #expect(screen.contains("Zoe Angstrom visits ? ?"))
    }
}

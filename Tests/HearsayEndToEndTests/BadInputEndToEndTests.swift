import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Bad files and bad configuration in the real program: it stays up, says what is wrong, and loses nothing else.
@Suite("Bad files and configuration", .enabled(if: Spawn.isAvailable("tmux"), "tmux is not installed; install it to run the end-to-end tests"))
struct BadInputEndToEndTests {
    /// A folder with a good article between bad files of each kind.
    private func badFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        func write(_ name: String, _ bytes: [UInt8]) throws { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
        try write("a-binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
        try write("b-empty.txt", [])
        try write("c-good.txt", Array("A good headline\n\"Still here,\" said Ana Costa.\n".utf8))
        try write("d-latin1.txt", Array("Caf".utf8) + [0xE9] + Array(" society\nBody.\n".utf8))
        #expect(mkfifo(folder.appendingPathComponent("e-pipe.txt").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("f-loop.txt").path, withDestinationPath: "f-loop.txt")
        let huge = folder.appendingPathComponent("g-huge.txt").path
        #expect(FileManager.default.createFile(atPath: huge, contents: nil))
        #expect(truncate(huge, 1 << 30) == 0)
        return folder
    }

    @Test("The reader lists each bad file with its problem, opens the good one, and every entry can be selected")
    func badFilesInTheReader() throws {
        let folder = try badFolder()
        let session = try TmuxSession([TmuxSession.binary, folder.path])
        // Wait for the whole first frame: tmux may show a frame while it is still being written.
        let screen = try session.waitFor { $0.contains("Articles (7)") && $0.contains("g-huge.txt") && $0.contains(" 1/7") }
        for row in ["a-binary.txt: binary file", "b-empty.txt: empty file", "A good headline", "Caf\u{FFFD} society",
                    "e-pipe.txt: not a regular fi", "f-loop.txt: symbolic link l", "g-huge.txt: too large (1.0 G"] {
            #expect(screen.contains(row), "missing row \(row):\n\(screen)")
        }
        for _ in 0..<6 { try session.send("Down") }
        try session.waitFor(text: " 7/7")
        try session.waitFor(text: "(1.0 GB; the limit is 32.0 MB)")
        try session.send("Up", "Up", "Up", "Enter")
        try session.waitFor(text: "not valid UTF-8: 1 invalid byte sequence")
        try session.send("h", "Up", "Enter")
        try session.waitFor(text: "Still here")
        try session.send("Q")
        #expect(try session.waitForExit() == 0)
    }

    @Test("A broken theme from HEARSAY_THEME is named with file, line and key, and the default theme is used")
    func brokenTheme() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let theme = folder.appendingPathComponent("broken.toml")
        try Data("[quote]\nitalic = true\nfg = \"gren\"\n".utf8).write(to: theme)
        let session = try TmuxSession(environment: ["HEARSAY_THEME": theme.path])
        try session.waitFor(text: "broken.toml:3: fg: not a colour: \"gren\"")
        try session.send("Enter", "]")
        try session.waitFor(text: "Quote 1/4")
        #expect(try session.screen(escapes: true).contains("38;5;208m"))    // the default theme's first speaker colour
        let nowhere = try TmuxSession(environment: ["HEARSAY_THEME": "no-such-theme"])
        try nowhere.waitFor(text: "no-such-theme: no such theme (available: default, high-contrast, light, mono)")
        try nowhere.waitFor(text: "Articles (10)")
    }

    @Test("A file the user may not read is reported as permission denied by annotate, and the others are still annotated",
          .enabled(if: getuid() != 0 || Spawn.isAvailable("setpriv"), "running as root without setpriv: root reads every file"))
    func permissionDenied() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        chmod(folder.path, 0o755)
        try Data("Secret headline\nBody.\n".utf8).write(to: folder.appendingPathComponent("a-secret.txt"))
        try Data("Open headline\n\"Yes,\" said Ana Costa.\n".utf8).write(to: folder.appendingPathComponent("b-open.txt"))
        chmod(folder.appendingPathComponent("a-secret.txt").path, 0)
        chmod(folder.appendingPathComponent("b-open.txt").path, 0o644)
        // Root reads every file whatever its mode, so as root the program runs as nobody.
        let asUser = getuid() == 0 ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        let result = try Spawn.run(asUser + [TmuxSession.binary, "annotate", folder.path])
        #expect(result.status == 1)
        #expect(result.error.contains("a-secret.txt: permission denied"), "stderr: \(result.error)")
        #expect(result.output.contains("Open headline"))
    }
}

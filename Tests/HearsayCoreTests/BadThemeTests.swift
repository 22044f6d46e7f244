import Foundation
import Testing
@testable import HearsayCore

/// Broken theme configuration: a message naming file, line and key, and the default theme in its place.
@Suite("Bad theme files")
struct BadThemeTests {
    private func catalog(_ files: [String: [UInt8]]) throws -> (ThemeCatalog, URL) {
        let directory = try TestSupport.temporaryDirectory()
        for (name, bytes) in files { try Data(bytes).write(to: directory.appendingPathComponent(name)) }
        return (ThemeCatalog(directory: directory.path), directory)
    }

    @Test("Syntax error, unknown key, unknown colour, unknown table: file, line and key named, default theme used")
    func brokenFiles() throws {
        let (themes, directory) = try catalog([
            "syntax.toml": Array("[quote]\nfg = \"green\"\nbold = tru\n".utf8),
            "key.toml": Array("[place]\nunderline = true\ncolour = \"red\"\n".utf8),
            "colour.toml": Array("# a comment\n[quote]\nfg = \"greenish\"\n".utf8),
            "table.toml": Array("[quotes]\nfg = \"red\"\n".utf8),
            "latin1.toml": [0x5B, 0x71, 0x75, 0x6F, 0x74, 0x65, 0x5D, 0x0A, 0x23, 0xE9, 0x0A],
        ])
        let expected = [
            "syntax": "syntax.toml:3: bold: unknown value tru (strings need quotes)",
            "key": "key.toml:3: colour: unknown key colour",
            "colour": "colour.toml:3: fg: not a colour: \"greenish\"",
            "table": "table.toml:1: [quotes]: unknown table [quotes]",
            "latin1": "latin1.toml: not a UTF-8 text file",
        ]
        for (name, message) in expected {
            let (theme, error) = themes.theme(named: name)
            #expect(theme == BuiltinThemes.standard)
            #expect(error?.message.hasPrefix(directory.path + "/" + message) == true, "\(error?.message ?? "no error")")
        }
    }

    @Test("A theme name or path that leads nowhere, to a folder or to a FIFO falls back at once with a message")
    func nowhere() throws {
        let (themes, directory) = try catalog([:])
        let fifo = directory.appendingPathComponent("pipe.toml").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let cases = [
            ("solarized", "solarized: no such theme (available: default)"),
            ("/nonexistent/dark.toml", "/nonexistent/dark.toml: cannot read the theme: no such file"),
            (fifo, "\(fifo): cannot read the theme: not a regular file"),
            (directory.path + "/", "\(directory.path)/: cannot read the theme: not a regular file"),
        ]
        for (name, message) in cases {
            let (theme, error) = themes.theme(named: name)
            #expect(theme == BuiltinThemes.standard)
            #expect(error?.message == message)
        }
    }
}

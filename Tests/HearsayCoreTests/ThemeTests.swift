import Foundation
import HearsayCore
import Testing

@Suite("Themes")
struct ThemeTests {
    private func theme(_ text: String) -> Result<Theme, ThemeError> {
        ThemeLoader.theme(named: "test", text: text, file: "Themes/test.toml")
    }

    @Test("A theme file overrides only what it names")
    func partialOverride() throws {
        let loaded = try theme("""
            # comment
            [quote]
            fg = "#ff8700"   # orange
            italic = false

            [speakers]
            palette = ["red", 33, "bright-blue"]
            """).get()
        #expect(loaded.style(.quote) == Style(foreground: .rgb(red: 255, green: 135, blue: 0)))
        #expect(loaded.style(.place) == BuiltinThemes.standard.style(.place))
        #expect(loaded.speakers.map(\.foreground) == [.ansi(1), .indexed(33), .ansi(12)])
        #expect(loaded.speaker(3).foreground == .ansi(1))
    }

    @Test("An unknown colour names the file, the line and the key")
    func badColour() {
        let result = theme("[place]\nunderline = true\nfg = \"gren\"\n")
        guard case .failure(let error) = result else { Issue.record("expected an error"); return }
        #expect(error.message.hasPrefix("Themes/test.toml:3: fg: not a colour: \"gren\""))
    }

    @Test("Unknown roles, unknown keys, wrong types and syntax errors are reported with their line")
    func errors() {
        let cases: [(String, String)] = [
            ("[qoute]\nfg = \"red\"", "Themes/test.toml:1: [qoute]: unknown table [qoute]"),
            ("[quote]\ncolour = \"red\"", "Themes/test.toml:2: colour: unknown key colour"),
            ("[quote]\nbold = \"yes\"", "Themes/test.toml:2: bold: expected true or false, got a string"),
            ("[quote]\nfg = \"red", "Themes/test.toml:2: fg: the string is not closed"),
            ("[quote\n", "Themes/test.toml:1: expected ] to close the table name"),
            ("[quote]\nfg = red", "Themes/test.toml:2: fg: unknown value red (strings need quotes)"),
            ("[quote]\nfg = 300", "Themes/test.toml:2: fg: not a colour: 300"),
        ]
        for (text, expected) in cases {
            guard case .failure(let error) = theme(text) else { Issue.record("no error for \(text)"); continue }
            #expect(error.message.hasPrefix(expected), "\(error.message)")
        }
    }

    @Test("Every shipped theme file loads without errors")
    func shippedThemes() throws {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Themes").path
        let catalog = ThemeCatalog(directory: directory)
        #expect(catalog.names == ["default", "high-contrast", "light", "mono"])
        for name in catalog.names {
            let (_, error) = catalog.theme(named: name)
            #expect(error == nil, "\(name): \(error?.message ?? "")")
        }
        #expect(catalog.theme(named: "default").theme == BuiltinThemes.standard.renamed("default"))
    }

    @Test("A missing theme falls back to the default and lists the available ones")
    func missing() {
        let (fallback, error) = ThemeCatalog(directory: nil).theme(named: "solarized")
        #expect(fallback == BuiltinThemes.standard)
        #expect(error?.message == "solarized: no such theme (available: default)")
    }

    @Test("Without colours every role keeps attributes that tell quotes, speakers, places and matches apart")
    func monochrome() {
        let mono = BuiltinThemes.standard.withoutColours()
        let styles = [mono.style(.quote), mono.speaker(0), mono.style(.place), mono.style(.match), mono.style(.currentMatch)]
        #expect(styles.allSatisfy { $0.foreground == nil && $0.background == nil })
        #expect(Set(styles.map(\.attributes)).count == styles.count)
    }

    @Test("Colours map to the nearest the terminal has, never n % 8")
    func nearestColour() {
        #expect(ColorMatcher.index(for: .indexed(208), available: 8) == 3)       // orange → yellow, not black
        #expect(ColorMatcher.index(for: .indexed(208), available: 256) == 208)
        #expect(ColorMatcher.index(for: .rgb(red: 255, green: 135, blue: 0), available: 256) == 208)
        #expect(ColorMatcher.index(for: .rgb(red: 0, green: 0, blue: 200), available: 8) == 4)
        #expect(ColorMatcher.index(for: .ansi(12), available: 8) == 4)
        #expect(ColorMatcher.index(for: .indexed(244), available: 8) == -1)      // grey → terminal default
        #expect(ColorMatcher.index(for: .terminalDefault, available: 256) == -1)
    }
}

extension Theme {
    func renamed(_ name: String) -> Theme {
        var copy = self
        copy.name = name
        return copy
    }
}

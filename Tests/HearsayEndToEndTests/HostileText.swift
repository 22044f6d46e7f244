import Foundation

/// Hostile articles and files written for the end-to-end tests, and a check for output a terminal would act on.
enum HostileText {
    static let escape = "\u{1B}"
    static let bell = "\u{07}"

    /// An article whose headline, body and file name try every way text can take over a terminal.
    static let article = [
        "Headline \(escape)]0;pwned-title\(bell) \(escape)[31mred\(escape)[0m \(escape)[?25h cursor \(escape)kpwned-name\(escape)\\",
        "Screen: \(escape)[2J\(escape)[H cleared? \(escape)[?1049l left the alternate screen? \(escape)c reset? \(escape)[41mred background",
        "Clipboard: \(escape)]52;c;cHduZWQ=\(bell) and a link \(escape)]8;;http://evil.example/\(escape)\\click\(escape)]8;;\(escape)\\ here.",
        "C1 controls: \u{9B}32mgreen\u{9B}0m, \u{9D}2;c1-title\u{9C}, \u{90}DCS\u{9C}; tmux: \(escape)Ptmux;\(escape)\(escape)]2;pass\(bell)\(escape)\\ done.",
        "Bidi: \u{202E}desrever\u{202C} \u{202A}\u{202B}\u{202D} \u{2066}iso\u{2069} \u{2067}\u{2068}; zero width: a\u{200B}b\u{200C}c\u{200D}d\u{2060}e\u{FEFF}f.",
        "Other C0: bell\(bell) backspace\u{08} tab\there delete\u{7F} form.",
        "\"It is only text,\" said Ana Costa in Lisbon.",
    ].joined(separator: "\n") + "\n"

    /// A file name with an escape sequence that would set the window title.
    static let fileName = "\(escape)]2;pwned-file\(bell)name.txt"

    /// A fresh folder holding the hostile article under its hostile name.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try Data(article.utf8).write(to: url.appendingPathComponent(fileName))
        return url
    }

    /// The scalars of `text` that a terminal would act on rather than show: C0 controls but the line feed,
    /// DEL, C1 controls, and invisible format characters (bidirectional controls, zero-width characters).
    /// Written independently of the program's own `SafeText`.
    static func interpreted(in text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { scalar in
            let value = scalar.value
            if value == 0x0A { return false }
            if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
            if value == 0x2028 || value == 0x2029 { return true }
            return scalar.properties.generalCategory == .format
        }
    }

    /// Whether an `stty -a` listing shows the modes a shell needs: echo and canonical input on.
    static func sttyIsRestored(_ screen: String) -> Bool {
        let words = Set(screen.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        return words.contains("echo") && words.contains("icanon") && !words.contains("-echo") && !words.contains("-icanon")
    }
}

/// Recognises the boilerplate lines that close many articles: copyright and rights notices.
public enum BoilerplateFooter {
    /// Whether `line` is a copyright or rights notice rather than part of the story.
    public static func matches(_ line: String) -> Bool {
        guard line.utf8.count <= maximumLength * 4, line.unicodeScalars.count <= maximumLength else { return false }
        let lower = line.lowercased()
        if lower.hasPrefix("©") || lower.hasPrefix("(c) ") || lower.hasPrefix("copyright") { return true }
        return markers.contains { contains(lower, $0) }
    }

    /// Substring search on UTF-8 bytes (Foundation's `contains` is slow for this).
    private static func contains(_ text: String, _ marker: String) -> Bool {
        let haystack = Array(text.utf8), needle = Array(marker.utf8)
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in
            haystack[start..<(start + needle.count)].elementsEqual(needle)
        }
    }

    /// A footer line is short; a long paragraph that mentions copyright is story text.
    static let maximumLength = 240

    static let markers = [
        "all rights reserved", "© copyright", "copyright ©", "(c) copyright",
        "may not be published, broadcast, rewritten or redistributed",
    ]
}

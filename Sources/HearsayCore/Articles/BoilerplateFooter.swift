/// Recognises the boilerplate lines that close many articles: copyright and rights notices.
public enum BoilerplateFooter {
    /// Whether `line` is a copyright or rights notice rather than part of the story.
    public static func matches(_ line: String) -> Bool {
        guard line.utf8.count <= maximumLength * 4, line.unicodeScalars.count <= maximumLength else { return false }
        let lower = line.lowercased()
        if lower.hasPrefix("©") || lower.hasPrefix("(c) ") || lower.hasPrefix("copyright") { return true }
        let haystack = Array(lower.utf8)
        return markerBytes.contains { contains(haystack, $0) }
    }

    /// Substring search on UTF-8 bytes (Foundation's `contains` is slow for this).
    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in
            haystack[start] == first && haystack[start..<(start + needle.count)].elementsEqual(needle)
        }
    }

    /// A footer line is short; a long paragraph that mentions copyright is story text.
    static let maximumLength = 240

    static let markers = [
        "all rights reserved", "© copyright", "copyright ©", "(c) copyright",
        "may not be published, broadcast, rewritten or redistributed",
    ]

    private static let markerBytes = markers.map { Array($0.utf8) }
}

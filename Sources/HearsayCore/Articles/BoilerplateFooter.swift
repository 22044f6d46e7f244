/// Recognises the boilerplate lines that close many articles: copyright and rights notices.
public enum BoilerplateFooter {
    /// Whether `line` is a copyright or rights notice rather than part of the story.
    public static func matches(_ line: String) -> Bool {
        let lower = line.lowercased()
        guard lower.count <= maximumLength else { return false }
        if lower.hasPrefix("©") || lower.hasPrefix("(c) ") || lower.hasPrefix("copyright") { return true }
        return markers.contains { lower.contains($0) }
    }

    /// A footer line is short; a long paragraph that mentions copyright is story text.
    static let maximumLength = 240

    static let markers = [
        "all rights reserved", "© copyright", "copyright ©", "(c) copyright",
        "may not be published, broadcast, rewritten or redistributed",
    ]
}

/// Splits a decoded text into headline, paragraphs and boilerplate footer, keeping scalar offsets.
public enum ArticleParser {
    /// Parses `text` in the layout of `seeds/`: line 1 the headline, each further non-empty line a paragraph.
    /// Lines longer than `LongLineSplitter.maximumLength` become several paragraphs, with a warning.
    public static func parse(_ text: String, source: String, warnings: [ArticleWarning] = []) -> Article {
        let whole = nonEmptyLines(of: text)
        let lines = whole.flatMap { LongLineSplitter.split($0) }
        let cut = whole.filter { $0.text.unicodeScalars.count > LongLineSplitter.maximumLength }.count
        let warnings = cut > 0 ? warnings + [.longLinesSplit(lines: cut)] : warnings
        guard let first = lines.first else {
            return Article(source: source, text: text, headline: TextSegment(range: 0..<0, text: ""),
                           paragraphs: [], footer: [], warnings: warnings)
        }
        var body = Array(lines.dropFirst())
        var footer: [TextSegment] = []
        while let last = body.last, BoilerplateFooter.matches(last.text) {
            footer.insert(last, at: 0)
            body.removeLast()
        }
        return Article(source: source, text: text, headline: first, paragraphs: body,
                       footer: footer, warnings: warnings)
    }

    /// Every line that holds something other than white space, trimmed, with its scalar range.
    static func nonEmptyLines(of text: String) -> [TextSegment] {
        var segments: [TextSegment] = []
        var lineScalars = String.UnicodeScalarView()
        var lineStart = 0
        var offset = 0
        var previousWasCR = false
        func flush() {
            if let segment = trimmed(lineScalars, start: lineStart) { segments.append(segment) }
            lineScalars.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            defer { offset += 1 }
            switch scalar {
            case "\n" where previousWasCR:
                lineStart = offset + 1
                previousWasCR = false
            case "\n", "\r", "\u{2028}", "\u{2029}", "\u{0B}", "\u{0C}", "\u{85}":
                flush()
                lineStart = offset + 1
                previousWasCR = scalar == "\r"
            default:
                lineScalars.append(scalar)
                previousWasCR = false
            }
        }
        flush()
        return segments
    }

    private static func trimmed(_ scalars: String.UnicodeScalarView, start: Int) -> TextSegment? {
        let all = Array(scalars)
        guard let first = all.firstIndex(where: { !isBlank($0) }),
              let last = all.lastIndex(where: { !isBlank($0) }) else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: all[first...last])
        return TextSegment(range: (start + first)..<(start + last + 1), text: String(view))
    }

    /// White space, and the invisible byte-order mark, which never starts a headline.
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar == "\u{FEFF}"
    }
}

/// Splits a decoded text into headline, paragraphs and boilerplate footer, keeping scalar offsets.
public enum ArticleParser {
    /// Parses `text` in the layout of `seeds/`: line 1 the headline, each further non-empty line a paragraph.
    /// Lines longer than `LongLineSplitter.maximumLength` become several paragraphs, with a warning.
    public static func parse(_ text: String, source: String, warnings: [ArticleWarning] = []) -> Article {
        var lines = nonEmptyLines(of: text)
        let cut = lines.lazy.filter { $0.range.count > LongLineSplitter.maximumLength }.count
        if cut > 0 { lines = lines.flatMap { LongLineSplitter.split($0) } }
        let warnings = cut > 0 ? warnings + [.longLinesSplit(lines: cut)] : warnings
        guard !lines.isEmpty else {
            return Article(source: source, text: text, headline: TextSegment(range: 0..<0, text: ""),
                           paragraphs: [], footer: [], warnings: warnings)
        }
        let footer = removeFooter(from: &lines)
        return Article(source: source, text: text, annotatedSegments: lines, footer: footer, warnings: warnings)
    }

    /// Takes the boilerplate lines off the end of `lines` (the headline and the body) and returns them; the headline
    /// stays, whatever it says.
    private static func removeFooter(from lines: inout [TextSegment]) -> [TextSegment] {
        var start = lines.count
        while start > 1, BoilerplateFooter.matches(lines[start - 1]) { start -= 1 }
        guard start < lines.count else { return [] }
        let footer = Array(lines[start...])
        lines.removeSubrange(start...)
        return footer
    }

    /// Every line that holds something other than white space, trimmed, with its scalar range.
    /// Works on the UTF-8 bytes: scalar offsets are counted from the bytes that start a scalar.
    static func nonEmptyLines(of text: String) -> [TextSegment] {
        var segments: [TextSegment] = []
        text.utf8.withContiguousStorageIfAvailable { bytes in
            segments = LineSplitter(bytes: bytes).lines()
        } ?? {
            var copy = text
            copy.makeContiguousUTF8()
            segments = nonEmptyLines(of: copy)
        }()
        return segments
    }

    /// White space, and the invisible byte-order mark, which never starts a headline.
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        ScalarClass.isWhitespace(scalar) || scalar == "\u{FEFF}"
    }
}

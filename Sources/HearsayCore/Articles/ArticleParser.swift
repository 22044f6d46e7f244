/// Splits a decoded text into headline, paragraphs and boilerplate footer, keeping scalar offsets.
public enum ArticleParser {
    /// Parses `text` in the layout of `seeds/`: line 1 the headline, each further non-empty line a paragraph.
    /// Lines longer than `LongLineSplitter.maximumLength` become several paragraphs, with a warning.
    public static func parse(_ text: String, source: String, warnings: [ArticleWarning] = []) -> Article {
        let whole = nonEmptyLines(of: text)
        let cut = whole.lazy.filter { $0.range.count > LongLineSplitter.maximumLength }.count
        let lines = cut == 0 ? whole : whole.flatMap { LongLineSplitter.split($0) }
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

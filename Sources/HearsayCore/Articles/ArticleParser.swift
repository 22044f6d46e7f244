/// Splits a decoded text into headline, paragraphs and boilerplate footer, keeping scalar offsets.
public enum ArticleParser {
    /// Parses `text` in the layout of `seeds/`: line 1 the headline, each further non-empty line a paragraph.
    public static func parse(_ text: String, source: String, warnings: [ArticleWarning] = []) -> Article {
        let lines = nonEmptyLines(of: text)
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
    ///
    /// One pass over the scalars; a line's text is sliced from `text` (a copy of its bytes), never rebuilt
    /// a scalar at a time, so a 10 MB article splits in a few tens of milliseconds.
    static func nonEmptyLines(of text: String) -> [TextSegment] {
        let view = text.unicodeScalars
        var segments: [TextSegment] = []
        var first: (offset: Int, index: String.Index)?
        var last: (offset: Int, index: String.Index)?
        func flush() {
            if let first, let last {
                segments.append(TextSegment(range: first.offset..<last.offset, text: String(text[first.index..<last.index])))
            }
            (first, last) = (nil, nil)
        }
        var previousWasCR = false
        var offset = 0
        var index = view.startIndex
        while index < view.endIndex {
            let scalar = view[index]
            let next = view.index(after: index)
            switch scalar {
            case "\n" where previousWasCR:
                previousWasCR = false
            case "\n", "\r", "\u{2028}", "\u{2029}", "\u{0B}", "\u{0C}", "\u{85}":
                flush()
                previousWasCR = scalar == "\r"
            default:
                if !isBlank(scalar) {
                    if first == nil { first = (offset, index) }
                    last = (offset + 1, next)
                }
                previousWasCR = false
            }
            offset += 1
            index = next
        }
        flush()
        return segments
    }

    /// White space, and the invisible byte-order mark, which never starts a headline.
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value > 0x20 && scalar.value < 0x7F { return false }
        return scalar.properties.isWhitespace || scalar == "\u{FEFF}"
    }
}

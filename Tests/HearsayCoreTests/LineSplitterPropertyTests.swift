import Testing
@testable import HearsayCore

/// The line splitter counts scalars eight bytes at a time and copies each line unchecked; the parser keeps the
/// headline and body in one array and tests the footer on the bytes. On random texts they must give what the plain
/// way gives: lines cut scalar by scalar, trimmed, and a footer found by lowering.
@Suite("Splitting lines the fast way")
struct LineSplitterPropertyTests {
    /// Pieces of random text: ASCII words and runs longer than a word, scalars of every width, each line break
    /// (LF, CR, CRLF, VT, FF, NEL, U+2028, U+2029), scalars whose first bytes are those of NEL (C2) and U+2028 (E2)
    /// without being breaks, blanks (tab, space, no-break space, ideographic space), byte-order marks, combining
    /// marks, and the words of a footer.
    static let pieces: [String] = [
        "word", "Word", " ", " ", "  ", "\t", "The quick brown fox jumps", ".", ",", "\n", "\n", "\n\n", "\r", "\r\n",
        "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "\u{A0}", "\u{84}", "\u{86}", "\u{A9}", "©", "é",
        "e\u{301}", "“", "”", "’", "—", "\u{2027}", "\u{202A}", "\u{2030}", "\u{3000}", "\u{FEFF}", "東京", "🙂",
        "İ", "K", "All rights reserved", "(c) ", "Copyright", "published", "\u{7F}", "\u{1}",
    ]

    static func randomText(_ random: inout SeededRandom) -> String {
        var text = (0..<random.int(in: 0...120)).map { _ in random.pick(pieces) }.joined()
        if random.chance(5) { text += String(repeating: "long line ", count: random.int(in: 400...500)) }
        if random.chance(20) { text += "\n© 2026 Wire. All rights reserved.\n" }
        return text
    }

    /// The plain way: scalar by scalar, cut at each line break (CR LF is one break of two scalars), each line
    /// trimmed of blanks, blank lines left out.
    static func referenceLines(_ text: String) -> [(range: Range<Int>, text: [UInt8])] {
        let scalars = Array(text.unicodeScalars)
        var lines: [(range: Range<Int>, text: [UInt8])] = []
        func add(_ range: Range<Int>) {
            var lower = range.lowerBound, upper = range.upperBound
            while lower < upper, ArticleParser.isBlank(scalars[lower]) { lower += 1 }
            while upper > lower, ArticleParser.isBlank(scalars[upper - 1]) { upper -= 1 }
            guard lower < upper else { return }
            lines.append((lower..<upper, Array(String(String.UnicodeScalarView(scalars[lower..<upper])).utf8)))
        }
        var start = 0, index = 0
        while index < scalars.count {
            switch scalars[index] {
            case "\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "\r":
                add(start..<index)
                index += scalars[index] == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n" ? 2 : 1
                start = index
            default: index += 1
            }
        }
        add(start..<scalars.count)
        return lines
    }

    @Test("lines, their scalar ranges and their bytes are those of a scalar-by-scalar split")
    func linesAgreeWithScalarSplit() {
        var random = SeededRandom(seed: 7)
        for _ in 0..<3_000 {
            let text = Self.randomText(&random)
            let lines = ArticleParser.nonEmptyLines(of: text)
            let expected = Self.referenceLines(text)
            #expect(lines.map(\.range) == expected.map(\.range), "\(text.debugDescription)")
            #expect(lines.map { Array($0.text.utf8) } == expected.map(\.text), "\(text.debugDescription)")
        }
    }

    @Test("an article's headline, paragraphs, footer and warnings are those of the plain way")
    func articlesAgreeWithPlainParse() {
        var random = SeededRandom(seed: 8)
        for _ in 0..<2_000 {
            let text = Self.randomText(&random)
            let article = ArticleParser.parse(text, source: "t")
            let expected = Self.referenceParse(text)
            #expect(Self.bytes(article.headline) == Self.bytes(expected.headline), "\(text.debugDescription)")
            #expect(article.paragraphs.map(Self.bytes) == expected.paragraphs.map(Self.bytes), "\(text.debugDescription)")
            #expect(article.footer.map(Self.bytes) == expected.footer.map(Self.bytes), "\(text.debugDescription)")
            #expect(article.annotatedSegments.map(Self.bytes) == ([article.headline] + article.paragraphs).map(Self.bytes))
            #expect(article.warnings == expected.warnings)
        }
    }

    /// A segment as its range and bytes (`==` on Strings would let canonically equivalent texts pass).
    static func bytes(_ segment: TextSegment) -> [Int] {
        [segment.range.lowerBound, segment.range.upperBound] + segment.text.utf8.map(Int.init)
    }

    /// How the parser worked before: the lines cut, the first the headline, footer lines taken off the end of the
    /// rest while `BoilerplateFooter.matches` says so, with the reference lines above.
    static func referenceParse(_ text: String) -> Article {
        let whole = referenceLines(text).map { line in
            TextSegment(range: line.range, text: String(decoding: line.text, as: UTF8.self))
        }
        let cut = whole.filter { $0.range.count > LongLineSplitter.maximumLength }.count
        let lines = cut == 0 ? whole : whole.flatMap { LongLineSplitter.split($0) }
        let warnings: [ArticleWarning] = cut > 0 ? [.longLinesSplit(lines: cut)] : []
        guard let first = lines.first else {
            return Article(source: "t", text: text, headline: TextSegment(range: 0..<0, text: ""), paragraphs: [], footer: [],
                           warnings: warnings)
        }
        var body = Array(lines.dropFirst())
        var footer: [TextSegment] = []
        while let last = body.last, BoilerplateFooter.matches(last.text) {
            footer.insert(last, at: 0)
            body.removeLast()
        }
        return Article(source: "t", text: text, headline: first, paragraphs: body, footer: footer, warnings: warnings)
    }
}

import Testing
@testable import HearsayCore

/// Article text that tries to take over the terminal, headless: every cell of every frame, and the
/// output of `annotate`, hold only scalars a terminal shows.
@Suite("Hostile text")
struct HostileTextTests {
    static let esc = "\u{1B}"
    /// Every kind of control the issue names, in a headline, a body and a file name (NUL aside: a file
    /// holding one is refused as binary).
    static let hostile = [
        "Title \(esc)]0;pwned\u{7} \(esc)[31mred\(esc)[0m \(esc)[?25h",
        "CSI \(esc)[2J\(esc)[H, OSC 52 \(esc)]52;c;cHduZWQ=\u{7}, link \(esc)]8;;http://x.example/\(esc)\\a\(esc)]8;;\(esc)\\, RIS \(esc)c.",
        "C1 \u{9B}31m \u{9D}0;t\u{9C} \u{90}q\u{9C} \u{85}next, C0 \u{7}\u{8}\u{7F}, bidi \u{202A}\u{202B}\u{202C}\u{202D}\u{202E} \u{2066}\u{2067}\u{2068}\u{2069} \u{200E}\u{200F}\u{61C}.",
        "Zero width a\u{200B}b\u{200C}c\u{200D}d\u{2060}e\u{FEFF}f\u{180E}g, tags \u{E0041}\u{E007F}, said Ana Costa.",
    ].joined(separator: "\n")

    /// The scalars the issue lists, each of which must get a visible stand-in.
    static let mustBeReplaced: [Unicode.Scalar] = Array((0x00...0x1F).compactMap(Unicode.Scalar.init))
        .filter { $0 != "\t" } + [Unicode.Scalar(0x7F)!] + (0x80...0x9F).compactMap(Unicode.Scalar.init)
        + (0x202A...0x202E).compactMap(Unicode.Scalar.init) + (0x2066...0x2069).compactMap(Unicode.Scalar.init)
        + ["\u{200B}", "\u{200C}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{2060}", "\u{FEFF}", "\u{61C}", "\u{E0001}"]

    private static func unsafeScalars(in grid: Grid) -> [Unicode.Scalar] {
        grid.cells.flatMap { cell in cell.text.unicodeScalars.filter { mustBeReplaced.contains($0) || SafeText.placeholder(for: $0) != nil } }
    }

    @Test("Each C0, C1, bidirectional and zero-width scalar has a visible, one-column stand-in")
    func placeholders() {
        for scalar in Self.mustBeReplaced {
            let shown = SafeText.placeholder(for: scalar)
            #expect(shown != nil, "U+\(String(scalar.value, radix: 16)) has no placeholder")
            if let shown {
                #expect(DisplayWidth.of(shown) == 1)
                #expect(SafeText.placeholder(for: shown) == nil)
            }
        }
        #expect(SafeText.sanitize("\u{1B}[31m") == "␛[31m")
        #expect(SafeText.placeholder(for: "é") == nil && SafeText.placeholder(for: "東") == nil && SafeText.placeholder(for: "\u{301}") == nil)
    }

    @Test("A frame of a hostile article, its title, list row and status bar holds only safe scalars, placeholders visible")
    func hostileFrame() throws {
        let name = "\(Self.esc)]2;file\u{7}.txt"
        let catalog = Fixtures.catalog([(name, Self.hostile, .empty)], annotate: { Annotator().annotate($0) })
        var state = ReaderState(size: Size(width: 100, height: 24), articleCount: 1)
        state = Reader.update(state, .open, context: ReaderContext(document: catalog.loadedDocument(at: 0))).state
        state = Reader.update(state, .showMessage(StatusMessage("\(Self.esc)]2;status\u{7}")), context: ReaderContext(document: nil)).state
        let grid = Screen.render(state, catalog: catalog, theme: BuiltinThemes.standard)
        #expect(Self.unsafeScalars(in: grid).isEmpty)
        let screen = grid.rows.joined(separator: "\n")
        #expect(screen.contains("␛]2;file␇.txt"))
        #expect(screen.contains("Title ␛]0;pwned␇ ␛[31mred␛[0m"))
        #expect(screen.contains("a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}f\u{FFFD}g"))
        #expect(screen.contains("␛]2;status␇"))
        for width in [1, 2, 7, 13, 40] {
            let narrow = Screen.render(Reader.update(state, .resize(Size(width: width + 40, height: 8)),
                                                     context: ReaderContext(document: catalog.loadedDocument(at: 0))).state,
                                       catalog: catalog, theme: BuiltinThemes.standard)
            #expect(Self.unsafeScalars(in: narrow).isEmpty)
        }
    }

    @Test("The annotate listing and JSON of a hostile article hold no control, C1, bidirectional or zero-width scalar")
    func hostileOutput() {
        let article = ArticleParser.parse(Self.hostile, source: "\(Self.esc)]2;f\u{7}.txt")
        let annotation = Annotator().annotate(article)
        let listing = AnnotationListing.render(article: article, annotation: annotation)
        let json = AnnotationJSON.line(file: article.source, article: article, annotation: annotation)
        for output in [listing, json] {
            let bad = output.unicodeScalars.filter { $0 != "\n" && (Self.mustBeReplaced.contains($0) || SafeText.placeholder(for: $0) != nil) }
            #expect(bad.isEmpty, "\(bad.map { String($0.value, radix: 16) })")
        }
        #expect(json.contains("\"file\":\"\\u001b]2;f\\u0007.txt\""))
        #expect(listing.contains("== ␛]2;f␇.txt"))
    }

    @Test("Every size from 0x0 to 40x8 renders without a crash; from 20x2 up the too-small message shows")
    func tinySizes() {
        let catalog = Fixtures.library()
        for width in 0...40 {
            for height in 0...8 {
                let state = ReaderState(size: Size(width: width, height: height), articleCount: catalog.count)
                let grid = Screen.render(state, catalog: catalog, theme: BuiltinThemes.standard)
                #expect(grid.width == width && grid.height == height)
                if width < 40 || height < 6, width >= 18, height >= 1 {
                    #expect(grid.row(0).contains("Terminal too small"), "\(width)x\(height)")
                }
            }
        }
    }

    @Test("In ASCII mode every cell becomes one printable ASCII character: accents dropped, quotes and frame mapped")
    func asciiFallback() {
        #expect(AsciiFallback.character(for: "ë") == "e")
        #expect(AsciiFallback.character(for: "Å") == "A")
        #expect(AsciiFallback.character(for: "e\u{301}") == "e")
        #expect(AsciiFallback.character(for: "“") == "\"")
        #expect(AsciiFallback.character(for: "—") == "-")
        #expect(AsciiFallback.character(for: "東") == "?")
        #expect(AsciiFallback.character(for: "") == " ")
        var state = ReaderState(size: Size(width: 60, height: 12), articleCount: 3)
        state.selection = 1
        let grid = Screen.render(state, catalog: Fixtures.library(), theme: BuiltinThemes.standard, glyphs: .ascii)
        for y in 0..<grid.height {
            let line = (0..<grid.width).map { AsciiFallback.character(for: grid[$0, y].text) }
            #expect(line.count == 60)
            #expect(line.allSatisfy { $0.isASCII && !$0.isNewline })
        }
        #expect((0..<grid.width).map { String(AsciiFallback.character(for: grid[$0, 0].text)) }.joined().hasPrefix("+ Articles (3) -"))
    }
}

import HearsayCore
import Testing

@Suite("Display width and wrapping")
struct WidthAndWrapTests {
    @Test("ASCII is one column, CJK two, combining marks none")
    func widths() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("東京") == 4)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("Zoë Ångström") == 12)
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.of("\u{200B}") == 0)
    }

    private func wrap(_ text: String, width: Int) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return LineWrapper.wrap(scalars, range: 0..<scalars.count, width: width).map {
            String(String.UnicodeScalarView(scalars[$0]))
        }
    }

    @Test("Lines break at spaces and drop the spaces at the break")
    func wordWrap() {
        #expect(wrap("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
    }

    @Test("A word longer than the width is split")
    func longWord() {
        #expect(wrap("abcdefghij xy", width: 4) == ["abcd", "efgh", "ij", "xy"])
    }

    @Test("Japanese text without spaces wraps between wide characters")
    func cjk() {
        #expect(wrap("東京都の小池知事", width: 5) == ["東京", "都の", "小池", "知事"])
    }

    @Test("No wrapped line is wider than the width, for accented, CJK and emoji text")
    func neverTooWide() {
        let text = "Zoë Ångström said 東京都の小池知事は 👍 « très bien » e\u{301}e\u{301}e\u{301} done"
        for width in 2...40 {
            for line in wrap(text, width: width) {
                #expect(DisplayWidth.of(line) <= width, "width \(width): \(line)")
            }
        }
    }

    @Test("A control character is counted as its one-column stand-in")
    func controls() {
        #expect(wrap("ab\u{1B}[31mcd", width: 4) == ["ab\u{1B}[", "31mc", "d"])
    }

    @Test("Truncation ends in an ellipsis and respects wide characters")
    func truncation() {
        #expect(TextFit.truncate("Isis: Russia pledges", width: 10) == "Isis: Rus…")
        #expect(TextFit.truncate("東京都、新計画", width: 6) == "東京…")
        #expect(TextFit.truncate("short", width: 10) == "short")
    }

    @Test("The grid never lets a wide character spill past its limit and never shows control characters")
    func gridEdges() {
        var grid = Grid(width: 6, height: 1)
        grid.write("ab東京", x: 0, y: 0, style: .plain, limit: 5)
        #expect(grid.row(0) == "ab東  ")
        var escapes = Grid(width: 6, height: 1)
        escapes.write("\u{1B}[2J", x: 0, y: 0, style: .plain)
        #expect(escapes.row(0) == "␛[2J  ")
    }
}

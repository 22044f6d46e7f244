import Testing
@testable import HearsayCore

/// The footer test looks for its clues in one pass and, on lines of ASCII and ©, compares bytes instead of lowering
/// the line: on random lines it must answer as the way it worked before, which lowered every candidate line.
@Suite("Telling footer lines the fast way")
struct BoilerplateFooterPropertyTests {
    /// Pieces of lines: the words of notices in both cases, ©, things that lower into ASCII (KELVIN SIGN, İ) or look
    /// like it (Ⓒ, fullwidth C), a combining mark after ©, CR LF and lone CRs, accents and other scalars beyond ASCII.
    static let pieces: [String] = [
        "©", "(C) ", "(c) ", "(c)", "COPYRIGHT", "Copyright", "copyright", "Copy\u{212A}right", "RİGHTS", "rights",
        "All Rights Reserved", "all rights reserved", "© copyright", "Copyright ©", "(C) Copyright", "reserved",
        "May not be PUBLISHED, broadcast, rewritten or redistributed", "publi\u{0130}shed", "published", " ", "2026",
        "Sample Wire.", "\u{FF23}opyright", "ß", "Ⓒ", "©\u{301}", "\u{301}", "\r\n", "\r", "\n", "é", "“", "K", "\t",
        String(repeating: "x", count: 230), "\u{200D}",
    ]

    /// The footer test as it was: the length limits and the clue test on the bytes lowered one by one, then the
    /// line lowered and its prefixes and markers looked for.
    static func referenceMatches(_ line: String) -> Bool {
        let clues = ["©", "(c) ", "copyright", "rights", "published"].map { Array($0.utf8) }
        let folded = line.utf8.map(UTF8Bytes.asciiLowered)
        guard line.utf8.count <= BoilerplateFooter.maximumLength * 4, clues.contains(where: { contains(folded, $0) }),
              line.unicodeScalars.count <= BoilerplateFooter.maximumLength else { return false }
        let lower = line.lowercased()
        if lower.hasPrefix("©") || lower.hasPrefix("(c) ") || lower.hasPrefix("copyright") { return true }
        return BoilerplateFooter.markers.contains { contains(Array(lower.utf8), Array($0.utf8)) }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    @Test("random lines are told footers exactly as lowering them told")
    func agreesWithLowering() {
        var random = SeededRandom(seed: 12)
        for _ in 0..<6_000 {
            let line = (0..<random.int(in: 1...6)).map { _ in random.pick(Self.pieces) }.joined()
            let expected = Self.referenceMatches(line)
            #expect(BoilerplateFooter.matches(line) == expected, "\(line.debugDescription)")
            let segment = TextSegment(range: 5..<(5 + line.unicodeScalars.count), text: line)
            #expect(BoilerplateFooter.matches(segment) == expected, "\(line.debugDescription)")
        }
    }
}

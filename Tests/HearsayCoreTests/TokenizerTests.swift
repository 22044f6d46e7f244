import Testing
@testable import HearsayCore

/// The tokenizer on the hard cases, token by token: text, kind, scalar span (the paragraph starts at 3) and
/// flags (b space before, a space after, C capitalised, A all capitals, H hyphen).
@Suite struct TokenizerTests {
    static let cases: [(String, String)] = [
        ("Syria\'s al-Abadi told AFP: “We won\'t stop,” in Ramadi.",
         "Syria|word|3-8|bC ⁞ \'s|possessive|8-10|a ⁞ al-Abadi|word|11-19|baH ⁞ told|word|20-24|ba ⁞ AFP|word|25-28|bCA ⁞ :|punctuation|28-29|a ⁞ “|quoteMark|30-31|b ⁞ We|word|31-33|aC ⁞ won\'t|word|34-39|ba ⁞ stop|word|40-44|b ⁞ ,|punctuation|44-45| ⁞ ”|quoteMark|45-46|a ⁞ in|word|47-49|ba ⁞ Ramadi|word|50-56|bC ⁞ .|punctuation|56-57|a"),
        ("U.S. forces, D.C. and a.m. — the \'90s \'em rock \'n\' roll.",
         "U.S.|word|3-7|baCA ⁞ forces|word|8-14|b ⁞ ,|punctuation|14-15|a ⁞ D.C.|word|16-20|baCA ⁞ and|word|21-24|ba ⁞ a.m.|word|25-29|ba ⁞ —|dash|30-31|ba ⁞ the|word|32-35|ba ⁞ \'90s|word|36-40|ba ⁞ \'em|word|41-44|ba ⁞ rock|word|45-49|ba ⁞ \'n|word|50-52|b ⁞ \'|quoteMark|52-53|a ⁞ roll|word|54-58|b ⁞ .|punctuation|58-59|a"),
        ("SYRIA\'S 1,200.5 -- AT&T ‘quoted’ ``double\'\' \"straight\" – dash - spaced",
         "SYRIA|word|3-8|bCA ⁞ \'S|possessive|8-10|a ⁞ 1,200.5|number|11-18|ba ⁞ --|dash|19-21|baH ⁞ AT&T|word|22-26|baCA ⁞ ‘|quoteMark|27-28|b ⁞ quoted|word|28-34| ⁞ ’|quoteMark|34-35|a ⁞ ``|quoteMark|36-38|b ⁞ double|word|38-44| ⁞ \'\'|quoteMark|44-46|a ⁞ \"|quoteMark|47-48|b ⁞ straight|word|48-56| ⁞ \"|quoteMark|56-57|a ⁞ –|dash|58-59|ba ⁞ dash|word|60-64|ba ⁞ -|dash|65-66|baH ⁞ spaced|word|67-73|ba"),
        ("École ÉCOLE İstanbul straße O\'Brien co-founder Jo-Renee",
         "École|word|3-8|baC ⁞ ÉCOLE|word|9-14|baCA ⁞ İstanbul|word|15-23|baC ⁞ straße|word|24-30|ba ⁞ O\'Brien|word|31-38|baC ⁞ co-founder|word|39-49|baH ⁞ Jo-Renee|word|50-58|baCH"),
        ("Mr. Smith (R-Utah) said: ‘It’s over’…",
         "Mr|word|3-5|bC ⁞ .|punctuation|5-6|a ⁞ Smith|word|7-12|baC ⁞ (|punctuation|13-14|b ⁞ R-Utah|word|14-20|CH ⁞ )|punctuation|20-21|a ⁞ said|word|22-26|b ⁞ :|punctuation|26-27|a ⁞ ‘|quoteMark|28-29|b ⁞ It|word|29-31|C ⁞ ’s|possessive|31-33|a ⁞ over|word|34-38|b ⁞ ’|quoteMark|38-39| ⁞ …|punctuation|39-40|a"),
        ("日本 Ж ١٢ ǅemal x\u{2028}y\u{00A0}z",
         "日本|word|3-5|baA ⁞ Ж|word|6-7|baC ⁞ ١٢|number|8-10|ba ⁞ ǅemal|word|11-16|baC ⁞ x|word|17-18|ba ⁞ y|word|19-20|ba ⁞ z|word|21-22|ba"),
    ]

    @Test(arguments: cases)
    func tokens(_ text: String, _ expected: String) {
        let tokens = Tokenizer.tokenize(text, base: 3, vocabulary: Lexicon.shared.vocabulary)
        let described = tokens.indices.map { index in
            let token = tokens[index]
            let flags = (token.spaceBefore ? "b" : "") + (token.spaceAfter ? "a" : "") + (token.isCapitalized ? "C" : "")
                + (token.isAllCaps ? "A" : "") + (token.hasHyphen ? "H" : "")
            return "\(tokens.text(index))|\(token.kind)|\(token.span.start)-\(token.span.end)|\(flags)"
        }
        #expect(described.joined(separator: " ⁞ ") == expected)
    }
}

/// Runs of ASCII letters and digits found eight bytes at a time agree with testing byte by byte.
@Suite struct ASCIIWordRunTests {
    @Test func wordAtATimeAgreesWithByteByByte() {
        var random = SeededRandom(seed: 64)
        let alphabet = Array("@AZ[`az{09/:-. '\u{7F}".utf8) + [0x80, 0xB0, 0xC3, 0xE2, 0xFF]
        for _ in 0..<20_000 {
            let bytes = (0..<random.int(in: 0...24)).map { _ in random.pick(alphabet) }
            let start = bytes.isEmpty ? 0 : random.int(in: 0...(bytes.count - 1))
            let end = bytes.withUnsafeBufferPointer { ASCIIWordRun.end(in: $0, from: start) }
            var byByte = start
            while byByte < bytes.count, bytes[byByte] < 0x80, ScalarClass.isASCIIWordByte(bytes[byByte]) { byByte += 1 }
            // The run stops where testing byte by byte stops, or earlier, only within the last unread bytes.
            #expect(end == byByte || (end < byByte && end + 8 > bytes.count), "\(bytes) from \(start)")
        }
    }
}

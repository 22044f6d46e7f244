import Foundation
import Testing
@testable import HearsayCore

/// The search index narrows, reuses and stores matches compactly; on random text it must find exactly what a
/// fresh search and a plain scan find.
@Suite("Search index on random text")
struct SearchIndexPropertyTests {
    /// Pieces of random text: repeated letters (for overlapping matches), both cases, accents precomposed and
    /// combining, a capital that folds to two scalars, wide text and an emoji.
    static let pieces: [String] = [
        "a", "a", "b", "ab", "A", "B", "aa", " ", " ", "é", "e\u{301}", "e", "É", "İ", "i", "東京", "🙂", "ß",
        "n",
    ]

    /// Characters typed into a query.
    static let typed: [Character] = ["a", "b", "A", "B", " ", "e", "é", "É", "i", "İ", "東", "🙂", "ß", "n"]

    static func randomText(_ random: inout SeededRandom, pieces: [String]) -> [Unicode.Scalar] {
        let count = random.int(in: 0...400)
        return Array((0..<count).map { _ in random.pick(pieces) }.joined().unicodeScalars)
    }

    /// Calls `body` with `rounds` random texts made of `pieces`, and the generator to go on with.
    static func forEachRandomText(seed: UInt64, rounds: Int, pieces: [String] = pieces,
                                  _ body: (inout SeededRandom, [Unicode.Scalar]) -> Void) {
        var random = SeededRandom(seed: seed)
        for _ in 0..<rounds {
            let text = randomText(&random, pieces: pieces)
            body(&random, text)
        }
    }

    /// The scalar ranges a fresh index of `text` finds for `query`.
    static func matches(_ query: String, in text: String) -> [Range<Int>] {
        Array(SearchIndex(scalars: Array(text.unicodeScalars)).matches(for: SearchQuery(query))).map(\.range)
    }

    /// A query of up to six characters: random, or a piece of `text` so that it is found.
    static func randomQuery(_ random: inout SeededRandom, in text: [Unicode.Scalar]) -> String {
        if random.chance(50), !text.isEmpty {
            let start = random.int(in: 0...(text.count - 1))
            let end = min(text.count, start + random.int(in: 1...6))
            return String(String.UnicodeScalarView(text[start..<end]))
        }
        return String((0..<random.int(in: 1...6)).map { _ in random.pick(typed) })
    }

    @Test("Typing a query a character at a time, with Backspace, finds what a fresh search finds")
    func narrowingMatchesAFreshSearch() {
        Self.forEachRandomText(seed: 7, rounds: 150) { random, text in
            let typing = SearchIndex(scalars: text)
            var query = ""
            for _ in 0..<4 {
                for character in Self.randomQuery(&random, in: text) {
                    query.append(character)
                    #expect(spans(typing, query) == spans(SearchIndex(scalars: text), query), "query \(query)")
                }
                for _ in 0..<random.int(in: 0...3) where !query.isEmpty {
                    query.removeLast()
                    #expect(spans(typing, query) == spans(SearchIndex(scalars: text), query), "query \(query)")
                }
            }
        }
    }

    @Test("On plain ASCII text a search finds what a left-to-right scan without overlaps finds")
    func searchMatchesAPlainScan() {
        let letters: [Character] = ["a", "a", "b", "A", " "]
        Self.forEachRandomText(seed: 11, rounds: 200, pieces: ["a", "a", "b", "A", " ", "ab"]) { random, text in
            let index = SearchIndex(scalars: text)
            for _ in 0..<8 {
                let query = String((0..<random.int(in: 1...4)).map { _ in random.pick(letters) })
                #expect(spans(index, query) == plainScan(query, in: text), "query \(query)")
            }
        }
    }

    @Test("On text with accents and wide scalars a search finds what a scan of the text folded by hand finds")
    func searchMatchesAScanOfFoldedText() {
        Self.forEachRandomText(seed: 17, rounds: 150) { random, text in
            let index = SearchIndex(scalars: text)
            for _ in 0..<8 {
                let query = Self.randomQuery(&random, in: text)
                #expect(spans(index, query) == foldedScan(SearchQuery(query), in: text), "query \(query)")
            }
        }
    }

    @Test("A second character that does not fit a byte, or a first one at the very end, is still checked")
    func secondCharacterBeyondAByte() {
        let matches = Self.matches
        #expect(matches("a東", "a東 a京 a東") == [0..<2, 6..<8])
        #expect(matches("aω", "aω aa aω") == [0..<2, 6..<8])
        #expect(matches("a東", "a東 xa") == [0..<2])
        #expect(matches("øx", "øx øy øx") == [0..<2, 6..<8])
        #expect(matches("ab", "ab xa").count == 1)
        #expect(matches("東京", "東京 東東京").count == 2)
    }

    @Test("Matches after a scalar that folds to no unit or to two still cover the right scalars")
    func offsetsAfterUnevenFolding() {
        let matches = Self.matches
        #expect(matches("cafe", "e\u{301} cafe cafe") == [3..<7, 8..<12])
        #expect(matches("é", "café cafe\u{301} é") == [3..<4, 8..<10, 11..<12])
        #expect(matches("ab", "ab ab") == [0..<2, 3..<5])
    }

    @Test("The first match at or after an offset is the one a scan finds")
    func firstMatchAtOrAfter() {
        var random = SeededRandom(seed: 13)
        let text = Self.randomText(&random, pieces: Self.pieces)
        let matches = SearchIndex(scalars: text).matches(for: SearchQuery("a"))
        #expect(!matches.isEmpty)
        for offset in 0...(text.count + 1) {
            let expected = matches.firstIndex { $0.start >= offset } ?? matches.count
            #expect(matches.firstIndex(startingAtOrAfter: offset) == expected)
        }
    }

    @Test("Matches are equal when they hold the same spans, however they were found")
    func equalityBySpans() {
        let text = Array("banana bandana".unicodeScalars)
        let typed = SearchIndex(scalars: text)
        _ = typed.matches(for: SearchQuery("b"))
        let narrowed = typed.matches(for: SearchQuery("ba"))
        let fresh = SearchIndex(scalars: text).matches(for: SearchQuery("ba"))
        #expect(narrowed == fresh)
        #expect(narrowed.hashValue == fresh.hashValue)
        #expect(narrowed != typed.matches(for: SearchQuery("ban")))
        #expect(SearchMatches() == SearchIndex(scalars: text).matches(for: SearchQuery("x")))
    }

    @Test("A query can overlap itself only when a proper prefix is also a suffix")
    func selfOverlap() {
        let needle = { (text: String) in text.unicodeScalars.map(\.value) }
        #expect(SearchIndex.canOverlap(needle("aa")))
        #expect(SearchIndex.canOverlap(needle("ana")))
        #expect(SearchIndex.canOverlap(needle("abcab")))
        #expect(!SearchIndex.canOverlap(needle("a")))
        #expect(!SearchIndex.canOverlap(needle("ab")))
        #expect(!SearchIndex.canOverlap(needle("ferry")))
    }

    private func spans(_ index: SearchIndex, _ query: String) -> [Span] {
        Array(index.matches(for: SearchQuery(query)))
    }

    /// The folding done by hand, a scalar at a time with Foundation, then every match left to right without
    /// overlaps, from the first scalar of its first unit to the last scalar of its last.
    private func foldedScan(_ query: SearchQuery, in text: [Unicode.Scalar]) -> [Span] {
        let fold = { (scalar: Unicode.Scalar) -> [UInt32] in
            String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.flatMap { part -> [UInt32] in
                if !query.accentSensitive, part.properties.generalCategory == .nonspacingMark { return [] }
                return query.caseSensitive ? [part.value] : part.properties.lowercaseMapping.unicodeScalars.map(\.value)
            }
        }
        var units: [UInt32] = []
        var origins: [Int] = []
        for (offset, scalar) in text.enumerated() {
            let folded = fold(scalar)
            units += folded
            origins += Array(repeating: offset, count: folded.count)
        }
        let needle = query.text.unicodeScalars.flatMap(fold)
        guard !needle.isEmpty else { return [] }
        var found: [Span] = []
        var start = 0
        while start + needle.count <= units.count {
            if units[start..<(start + needle.count)].elementsEqual(needle) {
                found.append(Span(origins[start], origins[start + needle.count - 1] + 1))
                start += needle.count
            } else {
                start += 1
            }
        }
        return found
    }

    /// Smart case by hand, for ASCII text: every match left to right, each starting after the last one ends.
    private func plainScan(_ query: String, in text: [Unicode.Scalar]) -> [Span] {
        let exact = query.contains { $0.isUppercase }
        let fold = { (scalar: Unicode.Scalar) in
            exact ? scalar : Unicode.Scalar(scalar.properties.lowercaseMapping) ?? scalar
        }
        let haystack = text.map(fold)
        let needle = Array(query.unicodeScalars).map(fold)
        var found: [Span] = []
        var start = 0
        while start + needle.count <= haystack.count {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) {
                found.append(Span(start, start + needle.count))
                start += needle.count
            } else {
                start += 1
            }
        }
        return found
    }
}

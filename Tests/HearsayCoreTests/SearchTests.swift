import HearsayCore
import Testing

@Suite("Search in an article")
struct SearchTests {
    private func matches(_ query: String, in text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SearchIndex(scalars: scalars).matches(for: SearchQuery(query)).map {
            String(String.UnicodeScalarView(scalars[$0.range]))
        }
    }

    @Test("A lower-case query ignores case; a capital makes it exact")
    func smartCase() {
        #expect(matches("paris", in: "Paris, paris, PARIS") == ["Paris", "paris", "PARIS"])
        #expect(matches("Paris", in: "Paris, paris, PARIS") == ["Paris"])
    }

    @Test("A query without accents finds accented text; one with accents does not find plain text")
    func accents() {
        #expect(matches("sao paulo", in: "São Paulo and Sao Paulo") == ["São Paulo", "Sao Paulo"])
        #expect(matches("são", in: "São Paulo and Sao Paulo") == ["São"])
    }

    @Test("Precomposed and decomposed accents match each other")
    func canonical() {
        #expect(matches("José", in: "Jose\u{301} and José") == ["Jose\u{301}", "José"])
    }

    @Test("Matches do not overlap and an empty query finds nothing")
    func nonOverlapping() {
        #expect(matches("aa", in: "aaaaa").count == 2)
        #expect(matches("", in: "abc").isEmpty)
    }
}

import Testing
@testable import HearsayCore

@Suite("Finding quotes")
struct QuoteRuleTests {
    @Test("straight, curly, guillemet and low-high marks all delimit quotes, marks excluded")
    func markStyles() {
        let text = """
            Headline
            "We will build it," said Ana Lima.
            “It will be late,” said Tom Reyes.
            «Nobody asked us,» said Karl Weber.
            „Es ist zu spät“, sagte Karl Weber.
            ``We knew,'' said Ana Lima.
            """
        #expect(TestSupport.quotes(text).map(\.0) == ["We will build it,", "It will be late,", "Nobody asked us,", "Es ist zu spät", "We knew,"])
    }

    @Test("segments come in text order, which the attributor's per-paragraph ranges rely on")
    func segmentsInTextOrder() {
        let text = """
            “Headline quote,” says one
            “It started here,” said Ana Lima, “and went on
            “through a second paragraph ‘with a quote inside’ and ended.”
            Plain text. “Short,” she said. “Another,” she added. “Third.”
            """
        let article = TestSupport.article(text)
        let (paragraphs, _) = AnalysedParagraph.paragraphs(of: article.annotatedSegments, vocabulary: Lexicon.shared.vocabulary)
        let tokens = paragraphs.map(\.tokens)
        let segments = QuoteFinder.find(in: tokens, headlineIndex: 0)
        #expect(segments.count >= 6)
        #expect(zip(segments, segments.dropFirst()).allSatisfy { ($0.paragraph, $0.content.start) < ($1.paragraph, $1.content.start) })
    }

    @Test("apostrophes never open or close a quote: don't, Syria's, O'Brien, the '90s, plural s'")
    func apostrophes() {
        let text = """
            Headline
            "I don't think Syria's leaders or O'Brien's friends remember the '90s," said Ana Lima.
            It’s the Smiths’ house, and ’em boys don’t care. “Still, it’s ours,” said Tom Reyes.
            """
        let quotes = TestSupport.quotes(text)
        #expect(quotes.map(\.0) == ["I don't think Syria's leaders or O'Brien's friends remember the '90s,", "Still, it’s ours,"])
        #expect(quotes.map(\.1) == ["Ana Lima", "Tom Reyes"])
    }

    @Test("a quote over several paragraphs is one segment per paragraph, one chain, one jump stop")
    func multiParagraph() {
        let text = """
            Headline
            Mayor Ana Lima said: “The first part runs on.
            “The second part too.
            “And the last part ends here.”
            “A new quote,” said Tom Reyes.
            """
        let (_, annotation) = TestSupport.annotate(text)
        #expect(annotation.quotes.count == 4)
        #expect(Set(annotation.quotes.prefix(3).map(\.chain)).count == 1)
        #expect(annotation.quoteStops.map(\.count) == [3, 1])
        #expect(annotation.quotes.prefix(3).allSatisfy { annotation.speakerName(of: $0) == "Ana Lima" })
    }

    @Test("one stray mark spoils at most its own paragraph")
    func strayMark() {
        let text = """
            Headline
            The plan, which "critics call reckless, was approved on Monday.
            "It will work," said Ana Lima.
            "It will not," said Tom Reyes.
            """
        let quotes = TestSupport.quotes(text)
        #expect(quotes.suffix(2).map(\.0) == ["It will work,", "It will not,"])
        #expect(quotes.suffix(2).map(\.1) == ["Ana Lima", "Tom Reyes"])
    }

    @Test("scare quotes and titles are not quotes; a short partial quote with a cue is")
    func scareQuotesAndTitles() {
        let text = """
            Headline
            The so-called "green corridor" opened on Monday next to the cinema showing "The Quiet Harbour".
            Ana Lima called the plan "a reckless gamble" on Tuesday.
            Tom Reyes told "Fox and Friends." that he had seen the film "13th."
            "Get Out," he said.
            """
        #expect(TestSupport.quotes(text).map(\.0) == ["a reckless gamble", "Get Out,"])
    }

    @Test("nested quotes stay inside the outer quote; British single marks work as outer marks")
    func nesting() {
        let american = "Headline\n\"He told me 'never again' twice,\" said Ana Lima.\n"
        #expect(TestSupport.quotes(american).map(\.0) == ["He told me 'never again' twice,"])
        let british = "Headline\n‘She said “never again” twice,’ said Tom Reyes. ‘It’s over.’\n"
        #expect(TestSupport.quotes(british).map(\.0) == ["She said “never again” twice,", "It’s over."])
    }

    @Test("a headline quote is found but is no jump stop")
    func headlineQuote() {
        let (article, annotation) = TestSupport.annotate("Mayor Ana Lima: ‘We were not ready’\nThe floods came on Sunday.\n")
        #expect(annotation.quotes.map { TestSupport.text($0.span, in: article) } == ["We were not ready"])
        #expect(annotation.quotes.first?.inHeadline == true)
        #expect(annotation.quoteStops.isEmpty)
        #expect(annotation.quotes.first.flatMap(annotation.speakerName(of:)) == "Ana Lima")
    }
}

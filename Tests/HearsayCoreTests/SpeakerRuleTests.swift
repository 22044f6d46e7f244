import Testing
@testable import HearsayCore

@Suite("Attributing quotes to speakers")
struct SpeakerRuleTests {
    @Test("the attribution patterns of news writing each find their speaker")
    func patterns() {
        let text = """
            Headline
            "One plan is enough," Ana Lima said.
            "Two would be better," said Deputy Mayor Jan de Vries.
            Tom Reyes said: "Three is a crowd."
            Karl Weber told reporters: "Four is too many."
            "Five boats came back at dawn" — Sofia Marques, a fisherman's daughter.
            According to Ana Lima, "six is the number we need."
            "Seven of them were late," said Lena Park, a spokeswoman for the ministry.
            """
        #expect(TestSupport.quotes(text).map(\.1) == ["Ana Lima", "Jan de Vries", "Tom Reyes", "Karl Weber", "Sofia Marques", "Ana Lima", "Lena Park"])
    }

    @Test("a split quote and a floating paragraph keep the speaker named once")
    func splitAndFloating() {
        let text = """
            Headline
            "The first half," Tom Reyes said. "The second half."
            "A paragraph of its own, right after."
            """
        #expect(TestSupport.quotes(text).map(\.1) == ["Tom Reyes", "Tom Reyes", "Tom Reyes"])
    }

    @Test("a paragraph ending in a colon gives its speaker to the quote that follows")
    func colonLeadIn() {
        let text = """
            Headline
            In a letter to residents, Mayor Ana Lima wrote:
            “Nobody will be left behind, whatever it costs.”
            """
        #expect(TestSupport.quotes(text).map(\.1) == ["Ana Lima"])
    }

    @Test("he and she go to the last person of that gender, not to the last name")
    func pronounsByGender() {
        let text = """
            Headline
            Mr Tom Reyes met Mrs Ana Lima on Monday. Lima spoke first.
            "We will see," he said.
            "We will," she said.
            """
        #expect(TestSupport.quotes(text).map(\.1) == ["Tom Reyes", "Ana Lima"])
    }

    @Test("a definite description goes to the person with that role; an indefinite one to nobody")
    func descriptions() {
        let text = """
            Headline
            Foreign Minister Karl Weber arrived in Lisbon on Monday with Tom Reyes.
            "We came to listen," the minister said.
            "Some of this was pledged before," one diplomat said.
            """
        let quotes = TestSupport.quotes(text)
        #expect(quotes.map(\.1) == ["Karl Weber", nil])
    }

    @Test("titles and nationalities are stripped, surnames and particles link later mentions")
    func canonicalNames() {
        let text = """
            Headline
            Russian Foreign Minister Sergei Lavrov met Iraqi Prime Minister Haidar al-Abadi.
            "We agree," Abadi said. "We do," Lavrov said.
            """
        let (_, annotation) = TestSupport.annotate(text)
        #expect(annotation.quotes.map { annotation.speakerName(of: $0) } == ["Haidar al-Abadi", "Sergei Lavrov"])
        let abadi = annotation.speakers.first { $0.name == "Haidar al-Abadi" }
        #expect(abadi?.mentions.count == 2)
    }

    @Test("a credit line names the agency, not a speaker")
    func creditLine() {
        let text = """
            Headline
            "We will rebuild," Ana Lima told reporters at a meeting with Tom Reyes, reports AFP.
            "It was the right call," said Tom Reyes, Reuters reported.
            """
        #expect(TestSupport.quotes(text).map(\.1) == ["Ana Lima", "Tom Reyes"])
    }

    @Test("reported speech without marks is found with its speaker")
    func reportedSpeech() {
        let text = """
            Headline
            The bridge will reopen in May, Mayor Ana Lima said.
            In March Tom Reyes said that the ferries had been late since 2011, contradicting her.
            """
        let (article, annotation) = TestSupport.annotate(text)
        let reported = annotation.reported.map { (TestSupport.text($0.span, in: article), $0.speaker.map { annotation.speakers[$0].name }) }
        #expect(reported.map(\.0) == ["The bridge will reopen in May", "the ferries had been late since 2011, contradicting her"])
        #expect(reported.map(\.1) == ["Ana Lima", "Tom Reyes"])
        #expect(annotation.quotes.isEmpty)
    }

    @Test("family names first and double surnames link their short forms")
    func nameOrder() {
        let text = """
            Headline
            President Xi Jinping met President Andrés Manuel López Obrador and Aung San Suu Kyi in Beijing.
            "We agree on trade," Xi said. "So do we," López Obrador said. "Peace first," Suu Kyi said.
            """
        #expect(TestSupport.quotes(text).map(\.1) == ["Xi Jinping", "Andrés Manuel López Obrador", "Aung San Suu Kyi"])
    }

    @Test("a name that owns or modifies another name is not the speaker")
    func modifierNames() {
        let text = """
            Headline
            Ana Lima's campaign manager Tom Reyes said the race was close, arguing that Lima "can still win this."
            Clinton aide Karl Weber told me, "Nobody here is worried about the polls at all."
            "It is close," she said.
            """
        #expect(TestSupport.quotes(text).map(\.1) == ["Tom Reyes", "Karl Weber", "Ana Lima"])
    }

    @Test("a pronoun looks back from where it stands, past a dash aside and a time phrase")
    func pronounPosition() {
        let text = """
            Headline
            Tom Reyes said praise from Mayor Ana Lima would not change his plan. He said Lima has "done more than anyone."
            Karl Weber -- who ran the port for a decade -- told reporters, "The cranes are too old to save."
            Lena Park, who in 2010 said the port would close, called the plan "a last chance for the harbour."
            """
        #expect(TestSupport.quotes(text).map(\.1) == ["Tom Reyes", "Karl Weber", "Lena Park"])
    }

    @Test("Title Case headlines end a name at the verb")
    func titleCaseHeadline() {
        let (article, annotation) = TestSupport.annotate("Ana Lima Warns Voters ‘The Port Will Close’ Without Funds\nMayor Ana Lima spoke on Monday.\n")
        #expect(annotation.quotes.map { TestSupport.text($0.span, in: article) } == ["The Port Will Close"])
        #expect(annotation.quotes.map { annotation.speakerName(of: $0) } == ["Ana Lima"])
    }

    @Test("a description that matches no known role goes to the person who has just been speaking")
    func descriptionOfTheSpeaker() {
        let text = """
            Headline
            "We will cut the fares," Karl Weber told the crowd in Porto on Monday.
            "Nobody else will," the veteran campaigner said.
            """
        #expect(TestSupport.quotes(text).map(\.1) == ["Karl Weber", "Karl Weber"])
    }

    @Test("an organisation can be the speaker, but never the antecedent of he or she")
    func organisationSpeaker() {
        let text = """
            Headline
            "The camps are full," the Refugee Council said in a statement.
            Mr Tom Reyes visited on Monday. "We saw it," he said.
            """
        #expect(TestSupport.quotes(text).map(\.1) == ["Refugee Council", "Tom Reyes"])
    }
}

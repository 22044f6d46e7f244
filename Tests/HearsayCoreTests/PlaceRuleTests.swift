import Testing
@testable import HearsayCore

@Suite("Finding places")
struct PlaceRuleTests {
    @Test("countries, cities, regions and features, multi-word names first")
    func basics() {
        let text = "Headline\nOfficials from New York, Rio de Janeiro and the West Bank met in the Middle East near the Red Sea.\n"
        #expect(TestSupport.places(text) == ["New York", "Rio de Janeiro", "West Bank", "Middle East", "Red Sea"])
    }

    @Test("possessives, hyphen compounds, abbreviations and datelines give the bare place")
    func forms() {
        let text = "Headline\nLISBON — Brazil's navy joined a US-led patrol with U.K. and U.S. ships off Washington, D.C., and the West's allies.\n"
        #expect(TestSupport.places(text) == ["LISBON", "Brazil", "US", "U.K.", "U.S.", "Washington, D.C.", "West"])
    }

    @Test("organisations with place names, demonyms, months and people are not places")
    func notPlaces() {
        let text = """
            Headline
            Maria Lincoln of the Bank of England told the New York Times that Brazilian and French banks met in March.
            Lincoln said the University of Chicago agreed. Islamic State fighters fled.
            The Toronto Bond Traders' Association met the Lisbon Farmers' Union.
            """
        #expect(TestSupport.places(text).isEmpty)
    }

    @Test("a common word is a place only where a place can stand")
    func commonWords() {
        let text = "Headline\nReading the report, she smiled. The mayor of Reading said the river rose in Reading overnight.\n"
        #expect(TestSupport.places(text) == ["Reading", "Reading"])
    }

    @Test("names the gazetteer lacks are places by their context")
    func contextualPlaces() {
        let text = "Headline\nThe plane crashed near Lockerbie, Scotland, and rebels hid in the Pamir mountains by Guanabara Bay.\n"
        #expect(TestSupport.places(text) == ["Lockerbie", "Scotland", "Pamir", "Guanabara Bay"])
    }

    @Test("a place known once by its context is a place at every mention; formal state names are whole")
    func onePlaceOneSense() {
        let text = """
            TAVILDARA, Tajikistan — Rebels left Tavildara on Friday.
            The girl was abducted from her school in Velten near Berlin, far from the Federal Republic of Yugoslavia.
            Air France staff said Tavildara was calm; Velten was not.
            """
        #expect(TestSupport.places(text) == ["TAVILDARA", "Tajikistan", "Tavildara", "Velten", "Berlin", "Federal Republic of Yugoslavia", "Tavildara", "Velten"])
    }
}

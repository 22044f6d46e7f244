import Foundation
import Testing
@testable import HearsayCore

@Suite("The seed article")
struct SeedArticleTests {
    static func load() throws -> (Article, Annotation) {
        let article = try ArticleLoader.load(path: TestSupport.seedsPath + "/000_2a5072412fe112ef.txt").get()
        return (article, Annotator().annotate(article))
    }

    @Test("has exactly its four quotes: Haidar al-Abadi three times (once through he), Dmitry Medvedev once")
    func quotes() throws {
        let (article, annotation) = try Self.load()
        let found = annotation.quotes.map { (TestSupport.text($0.span, in: article).prefix(24), annotation.speakerName(of: $0)) }
        #expect(found.map(\.0) == ["We understand that the t", "It evolves and takes new", "In a joint effort, we wi", "We are glad to support a"])
        #expect(found.map(\.1) == ["Haidar al-Abadi", "Haidar al-Abadi", "Haidar al-Abadi", "Dmitry Medvedev"])
        #expect(annotation.quotes.map(\.span.start) == [666, 863, 1180, 1867])
        #expect(annotation.quotes.map(\.span.end) == [768, 1032, 1301, 1948])
    }

    @Test("reports Sergei Lavrov and Bashar al-Assad as speakers of reported speech, not of quotes")
    func reported() throws {
        let (_, annotation) = try Self.load()
        let reporters = Set(annotation.reported.compactMap { $0.speaker.map { annotation.speakers[$0].name } })
        #expect(reporters == ["Sergei Lavrov", "Bashar al-Assad"])
        let quoted = Set(annotation.quotes.compactMap { annotation.speakerName(of: $0) })
        #expect(quoted == ["Haidar al-Abadi", "Dmitry Medvedev"])
    }

    @Test("finds its places, with Soviet Union, Washington DC and the West, and no false ones")
    func places() throws {
        let (_, annotation) = try Self.load()
        #expect(annotation.places.map(\.text) == [
            "Russia", "Iraq", "Russia", "Iraq", "Moscow", "Baghdad", "Ramadi", "Iraq", "US", "Iraq", "Russia",
            "Soviet Union", "Iraq", "Russia", "Germany", "Washington DC", "Palmyra", "Syria", "West", "Russia", "Syria",
            "Syria", "Russia", "Iraq", "Russia", "Moscow", "Iraq",
        ])
    }

    @Test("keeps the copyright line as a footer")
    func footer() throws {
        let (article, _) = try Self.load()
        #expect(article.footer.map(\.text) == ["© Copyright IBTimes 2024. All rights reserved."])
        #expect(article.paragraphs.count == 10)
    }
}

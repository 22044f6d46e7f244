import Foundation
import Testing
@testable import HearsayCore

/// Scores the annotator on the bundled sample articles against their hand-made gold (Tests/SeedsGold),
/// with the rules of the project's scorer: quotes match when they overlap by half their union, speakers
/// when the folded names or surnames agree, places on exact spans.
@Suite("The bundled sample articles against their gold annotations")
struct SampleCorpusTests {
    struct Gold: Decodable {
        struct Quote: Decodable {
            let start: Int
            let end: Int
            let speaker: String?
            let aliases: [String]?
        }
        struct Location: Decodable {
            let start: Int
            let end: Int
        }
        struct Reported: Decodable {
            let start: Int
            let end: Int
            let speaker: String
        }
        let quotes: [Quote]
        let locations: [Location]
        let reported: [Reported]?
    }

    struct Tally {
        var quoteMatches = 0, predictedQuotes = 0, goldQuotes = 0, rightSpeakers = 0
        var placeMatches = 0, predictedPlaces = 0, goldPlaces = 0
        var reportedRight = 0, goldReported = 0

        var quoteF1: Double { 2 * Double(quoteMatches) / Double(max(1, predictedQuotes + goldQuotes)) }
        var speakerShare: Double { Double(rightSpeakers) / Double(max(1, goldQuotes)) }
        var placeF1: Double { 2 * Double(placeMatches) / Double(max(1, predictedPlaces + goldPlaces)) }
        var reportedShare: Double { Double(reportedRight) / Double(max(1, goldReported)) }
    }

    static func fold(_ name: String?) -> String {
        (name ?? "").folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "’", with: "'").trimmingCharacters(in: .whitespaces)
    }

    static func surname(_ name: String?) -> String {
        fold(name).split(whereSeparator: { $0 == " " || $0 == "-" }).last.map(String.init) ?? ""
    }

    static func sameSpeaker(_ predicted: String?, _ gold: Gold.Quote) -> Bool {
        guard let expected = gold.speaker else { return fold(predicted).isEmpty }
        let names = [expected] + (gold.aliases ?? [])
        return names.contains { fold($0) == fold(predicted) } || names.map(surname).contains(surname(predicted))
    }

    static func score() throws -> Tally {
        let goldFolder = TestSupport.repositoryRoot.appendingPathComponent("Tests/SeedsGold")
        let files = try FileManager.default.contentsOfDirectory(atPath: goldFolder.path).filter { $0.hasSuffix(".gold.json") }
        #expect(files.count >= 8)
        var tally = Tally()
        for file in files {
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: goldFolder.appendingPathComponent(file)))
            let name = String(file.dropLast(".gold.json".count))
            let article = try ArticleLoader.load(path: TestSupport.seedsPath + "/\(name).txt").get()
            let annotation = Annotator().annotate(article)
            var used = Set<Int>()
            for quote in gold.quotes {
                let match = annotation.quotes.indices.first { index in
                    let span = annotation.quotes[index].span
                    let overlap = max(0, min(span.end, quote.end) - max(span.start, quote.start))
                    return !used.contains(index) && 2 * overlap >= max(span.end, quote.end) - min(span.start, quote.start)
                }
                guard let match else { continue }
                used.insert(match)
                tally.quoteMatches += 1
                if sameSpeaker(annotation.speakerName(of: annotation.quotes[match]), quote) { tally.rightSpeakers += 1 }
            }
            let goldPlaces = Set(gold.locations.map { Span($0.start, $0.end) })
            tally.placeMatches += annotation.places.filter { goldPlaces.contains($0.span) }.count
            for item in gold.reported ?? [] {
                tally.goldReported += 1
                let found = annotation.reported.first { $0.span.start < item.end && item.start < $0.span.end }
                let name = found?.speaker.map { annotation.speakers[$0].name }
                if surname(name) == surname(item.speaker), name != nil { tally.reportedRight += 1 }
            }
            tally.predictedQuotes += annotation.quotes.count
            tally.goldQuotes += gold.quotes.count
            tally.predictedPlaces += annotation.places.count
            tally.goldPlaces += goldPlaces.count
        }
        return tally
    }

    @Test("quotes, speakers and places stay at the accuracy measured when the samples were written")
    func accuracy() throws {
        let tally = try Self.score()
        #expect(tally.quoteF1 >= 0.97, "quote F1 \(tally.quoteF1)")
        #expect(tally.speakerShare >= 0.88, "speakers right \(tally.speakerShare)")
        #expect(tally.placeF1 >= 0.90, "place F1 \(tally.placeF1)")
        #expect(tally.reportedShare >= 0.85, "reported speech found with its speaker \(tally.reportedShare)")
    }
}

import Foundation
import Testing

/// `hearsay annotate` as scripts use it: its exit codes, its JSON Lines and its listing.
@Suite("The annotate command")
struct AnnotateCommandTests {
    static var seedsPath: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds").path
    }

    static var seed: String { seedsPath + "/000_2a5072412fe112ef.txt" }

    @Test("--json prints one JSON object per article with the keys of the evaluation format, and exits 0")
    func jsonLines() throws {
        let result = try Spawn.run([TmuxSession.binary, "annotate", "--json", Self.seedsPath])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 10)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for key in ["file", "quotes", "speakers", "locations", "reported"] { #expect(object[key] != nil, "no \(key)") }
        }
        let seed = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        let quotes = try #require(seed["quotes"] as? [[String: Any]])
        #expect(quotes.map { $0["speaker"] as? String } == ["Haidar al-Abadi", "Haidar al-Abadi", "Haidar al-Abadi", "Dmitry Medvedev"])
        #expect(quotes.first?["start"] as? Int == 666)
    }

    @Test("the listing names each quote's speaker, then the speakers and places with counts")
    func listing() throws {
        let result = try Spawn.run([TmuxSession.binary, "annotate", Self.seed])
        #expect(result.status == 0)
        #expect(result.output.contains("1. Haidar al-Abadi: “We understand that the threat"))
        #expect(result.output.contains("Dmitry Medvedev: 1 quote, 0 reported"))
        #expect(result.output.contains("Russia: 7"))
    }

    @Test("a file that cannot be read is named on standard error, the others are annotated, and the status is 1")
    func unreadableFile() throws {
        let result = try Spawn.run([TmuxSession.binary, "annotate", "--json", "/nonexistent/article.txt", Self.seed])
        #expect(result.status == 1)
        #expect(result.error.contains("/nonexistent/article.txt"))
        #expect(result.output.split(separator: "\n").count == 1)
    }

    @Test("bad usage exits with status 2 and says why")
    func badUsage() throws {
        let missing = try Spawn.run([TmuxSession.binary, "annotate"])
        #expect(missing.status == 2)
        #expect(missing.error.contains("Missing expected argument"))
        let unknown = try Spawn.run([TmuxSession.binary, "annotate", "--bogus", Self.seed])
        #expect(unknown.status == 2)
        #expect(unknown.error.contains("--bogus"))
    }

    @Test("--version prints the version and exits 0")
    func version() throws {
        let result = try Spawn.run([TmuxSession.binary, "--version"])
        #expect(result.status == 0)
        #expect(result.output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
    }
}

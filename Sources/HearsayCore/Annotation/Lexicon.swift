import Foundation

/// The word lists the annotator consults: places, given names with gender, surnames, demonyms.
///
/// Loaded once from the data files shipped with the program (see `Data/ATTRIBUTION.md`).
final class Lexicon: Sendable {
    let gazetteer: Gazetteer
    let givenNames: [String: Gender]
    let surnames: Set<String>
    let demonyms: Set<String>
    /// Ordinary English words (lower case): a capitalised one is weak evidence of a name.
    let commonWords: Set<String>

    init(gazetteer: Gazetteer, givenNames: [String: Gender], surnames: Set<String>, demonyms: Set<String>,
         commonWords: Set<String>) {
        self.gazetteer = gazetteer
        self.givenNames = givenNames
        self.surnames = surnames
        self.demonyms = demonyms
        self.commonWords = commonWords
    }

    /// Whether `word` reads as a name: a known given name or surname, or not an ordinary English word.
    func isNameLike(_ word: String) -> Bool {
        givenNames[word] != nil || surnames.contains(word) || !commonWords.contains(word.lowercased())
    }

    /// The lexicon built from the bundled data files; empty lists where a file is missing.
    static let shared: Lexicon = Lexicon(
        gazetteer: Gazetteer.parse(resource("places", "tsv")),
        givenNames: parseGivenNames(resource("given-names", "tsv")),
        surnames: Set(lines(resource("surnames", "txt"))),
        demonyms: Set(lines(resource("demonyms", "txt")).map { String($0.split(separator: "\t").first ?? "") }),
        commonWords: Set(lines(resource("common-words", "txt"))))

    private static func resource(_ name: String, _ ext: String) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext),
              let data = try? Data(contentsOf: url) else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    private static func lines(_ text: String) -> [String] {
        text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { String($0) }
    }

    private static func parseGivenNames(_ text: String) -> [String: Gender] {
        var names: [String: Gender] = [:]
        for line in lines(text) {
            let fields = line.split(separator: "\t").map(String.init)
            guard let name = fields.first else { continue }
            switch fields.count > 1 ? fields[1] : "u" {
            case "m": names[name] = .male
            case "f": names[name] = .female
            default: names[name] = .unknown
            }
        }
        return names
    }
}

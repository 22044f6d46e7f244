import Testing
@testable import HearsayCore

/// `LowerKeyFilter` may only rule out a name whose lower case equals no key added (`String ==`), on names and keys
/// beyond ASCII too (a KELVIN SIGN lowers to "k", precomposed and combining accents compare equal).
@Suite("The registry's lower-case key filter on random names")
struct LowerKeyFilterPropertyTests {
    static let pieces: [String] = [
        "a", "b", "k", "K", "\u{212A}", "Smith", "smith", " ", "-", "É", "é", "e\u{301}", "E\u{301}", "İ", "ǅ", "ß", "日",
        "Lee", "lee", "Van", "van", "der",
    ]

    static func randomName(_ random: inout SeededRandom) -> String {
        (0..<random.int(in: 1...6)).map { _ in random.pick(pieces) }.joined()
    }

    @Test("A name ruled out equals no lower-case key")
    func ruledOutNamesEqualNoKey() {
        var random = SeededRandom(seed: 23)
        for _ in 0..<300 {
            var filter = LowerKeyFilter()
            let keys = (0..<random.int(in: 0...4)).map { _ in Self.randomName(&random).lowercased() }
            for key in keys { filter.add(key) }
            for _ in 0..<40 {
                let name = Self.randomName(&random)
                if !filter.mayHold(lowercaseOf: name) { #expect(!keys.contains(name.lowercased()), "\(name)") }
            }
        }
    }
}

import HearsayCore
/// Deterministic mutations of seed inputs, in the manner of libFuzzer's: flip, insert, delete and
/// duplicate bytes, splice two seeds, and insert tokens that matter to the loader and the annotator.
struct Mutator {
    private var random: SeededRandom
    private let corpus: [[UInt8]]

    /// Byte strings worth inserting: quotation marks, escapes, byte-order marks, invalid UTF-8, line breaks.
    static let tokens: [[UInt8]] = [
        "\"", "“", "”", "‘", "’", "'", "«", "»", "„", " said ", " told reporters", "\n", "\r\n", "\u{2028}",
        "\u{1B}[31m", "\u{1B}]0;t\u{7}", "\u{9B}", "\u{202E}", "\u{200B}", "\u{FEFF}", "東京", "e\u{301}", "Mr ",
        "Ana Costa", "Lisbon", " according to ", "©", "All rights reserved",
    ].map { Array($0.utf8) } + [[0xFF, 0xFE], [0xFE, 0xFF], [0xC3], [0xE2, 0x80], [0xED, 0xA0, 0x80], [0x00], [0xF4, 0x90, 0x80, 0x80]]

    init(seed: UInt64, corpus: [[UInt8]]) {
        random = SeededRandom(seed: seed)
        self.corpus = corpus
    }

    /// The next input: a seed with one to eight mutations.
    mutating func next() -> [UInt8] {
        var bytes = pick()
        for _ in 0..<Int.random(in: 1...8, using: &random) { mutate(&bytes) }
        return bytes
    }

    private mutating func pick() -> [UInt8] { corpus[Int.random(in: 0..<corpus.count, using: &random)] }

    private mutating func mutate(_ bytes: inout [UInt8]) {
        let position = Int.random(in: 0...bytes.count, using: &random)
        switch Int.random(in: 0..<6, using: &random) {
        case 0 where position < bytes.count: bytes[position] ^= UInt8(1 << Int.random(in: 0..<8, using: &random))
        case 1: bytes.insert(contentsOf: Self.tokens[Int.random(in: 0..<Self.tokens.count, using: &random)], at: position)
        case 2 where position < bytes.count:
            bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...16, using: &random)))
        case 3 where position < bytes.count:
            let end = min(bytes.count, position + Int.random(in: 1...64, using: &random))
            bytes.insert(contentsOf: Array(bytes[position..<end]), at: position)
        case 4:
            let other = pick()
            bytes = Array(bytes.prefix(position)) + other.suffix(Int.random(in: 0...other.count, using: &random))
        default: bytes.insert(UInt8.random(in: 0...255, using: &random), at: position)
        }
    }
}

import Testing
@testable import HearsayCore

/// The decoder checks UTF-8 itself, eight ASCII bytes at a time, and then copies the bytes into a String unchecked:
/// on every input it must agree with the standard library's check, and decode to the same text.
@Suite("Checking UTF-8 the fast way")
struct UTF8ValidatorTests {
    /// Pieces of byte strings: ASCII (runs longer than a word, to cross word boundaries), every width of well-formed
    /// scalar and the edges of each range of table 3-7, and the ill-formed kinds: stray and missing continuation
    /// bytes, overlong forms, surrogates, scalars beyond U+10FFFF, C0, C1, F5 to FF, sequences cut short.
    static let pieces: [[UInt8]] = [
        Array("a".utf8), Array("The quick brown fox".utf8), Array(" ".utf8), [0x00], [0x7F], [0x0A], [0x0D, 0x0A],
        [0xC2, 0x80], [0xC2, 0xA9], [0xDF, 0xBF], [0xE0, 0xA0, 0x80], [0xE2, 0x80, 0x9C], [0xE2, 0x80, 0xA8],
        [0xEC, 0xBF, 0xBF], [0xED, 0x9F, 0xBF], [0xEE, 0x80, 0x80], [0xEF, 0xBF, 0xBF], [0xEF, 0xBB, 0xBF],
        [0xF0, 0x90, 0x80, 0x80], [0xF0, 0x9F, 0x99, 0x82], [0xF3, 0xBF, 0xBF, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF],
        [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xC2], [0xC2, 0x41], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF],
        [0xE2, 0x80], [0xE2, 0x28, 0xA1], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF0, 0x80, 0x80, 0x80],
        [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xF8], [0xFE], [0xFF],
        [0xF0, 0x9F, 0x99], [0xE2, 0x80, 0x9C, 0x80],
    ]

    /// What the standard library says of `bytes`.
    static func expected(_ bytes: [UInt8]) -> UTF8Validator.Content {
        guard String(validating: bytes, as: UTF8.self) != nil else { return .invalid }
        return bytes.allSatisfy { $0 < 0x80 } ? .ascii : .multiByte
    }

    static func content(_ bytes: [UInt8]) -> UTF8Validator.Content {
        bytes.withUnsafeBufferPointer { UTF8Validator.content(of: $0) }
    }

    @Test("every sequence of one or two bytes, at every place in a word, is judged as the standard library judges it")
    func everyShortSequence() {
        for first in 0...255 {
            for second in 0...256 {
                let tail: [UInt8] = second == 256 ? [] : [UInt8(second)]
                let bytes = [UInt8(first)] + tail
                for padding in [0, 3, 7] {
                    let padded = [UInt8](repeating: 0x61, count: padding) + bytes
                    #expect(Self.content(padded) == Self.expected(padded), "\(padded)")
                }
            }
        }
    }

    @Test("every lead byte followed by three bytes from the edges of the ranges is judged as the standard library judges it")
    func everyLeadWithEdgeBytes() {
        let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xE2, 0xF4, 0xFF]
        for lead in 0x80...0xFF {
            for a in edges {
                for b in edges {
                    for c in edges {
                        let bytes: [UInt8] = [UInt8(lead), a, b, c]
                        #expect(Self.content(bytes) == Self.expected(bytes), "\(bytes)")
                    }
                }
            }
        }
    }

    @Test("random mixes of well-formed and ill-formed pieces are judged and decoded as the standard library does")
    func randomMixes() throws {
        var random = SeededRandom(seed: 42)
        for round in 0..<4_000 {
            let wellFormedOnly = round % 2 == 0
            let usable = wellFormedOnly ? Self.pieces.filter { String(validating: $0, as: UTF8.self) != nil } : Self.pieces
            let bytes = (0..<random.int(in: 0...60)).flatMap { _ in random.pick(usable) }
            #expect(Self.content(bytes) == Self.expected(bytes), "\(bytes)")
            let decoded = TextDecoder.decode(bytes)
            let reference = Self.referenceDecode(bytes)
            #expect(Array(decoded.text.utf8) == Array(reference.text.utf8), "\(bytes)")
            #expect(decoded.warnings == reference.warnings, "\(bytes)")
        }
    }

    /// How the decoder read UTF-8 before it had a check of its own: the standard library's check, then replacement
    /// (the replacing itself is the decoder's, unchanged).
    static func referenceDecode(_ bytes: [UInt8]) -> (text: String, warnings: [ArticleWarning]) {
        if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) {
            let decoded = TextDecoder.decode(bytes)
            return (decoded.text, decoded.warnings)
        }
        if let valid = String(validating: bytes, as: UTF8.self) { return (valid, []) }
        let replaced = TextDecoder.replacingInvalid(bytes)
        return (replaced.text, replaced.warnings)
    }
}

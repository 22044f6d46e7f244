/// Recognises the boilerplate lines that close many articles: copyright and rights notices.
public enum BoilerplateFooter {
    /// Whether `line` is a copyright or rights notice rather than part of the story.
    public static func matches(_ line: String) -> Bool {
        guard line.utf8.count <= maximumLength * 4, mayBeNotice(line), line.unicodeScalars.count <= maximumLength else {
            return false
        }
        return isNotice(line)
    }

    /// Whether `segment` is a notice: `matches(_:)` on its text, its length told by its range, not by counting.
    static func matches(_ segment: TextSegment) -> Bool {
        segment.range.count <= maximumLength && mayBeNotice(segment.text) && isNotice(segment.text)
    }

    /// Whether a line short enough, and holding a clue, starts with a prefix or holds a marker once lowered.
    private static func isNotice(_ line: String) -> Bool {
        if let answer = matchesWithoutLowering(line) { return answer }
        let lower = line.lowercased()
        if lower.hasPrefix("©") || lower.hasPrefix("(c) ") || lower.hasPrefix("copyright") { return true }
        let haystack = Array(lower.utf8)
        return haystack.withUnsafeBufferPointer { haystack in markerBytes.contains { contains(haystack, $0) } }
    }

    /// `matches(_:)` for a line of nothing but ASCII and the sign ©, or nil for any other line. Lowering such a line
    /// only lowers its ASCII capitals, and each of its scalars is a character of its own (the only cluster ASCII
    /// makes is CR LF, and no prefix holds a CR; © joins only marks and ZWJ after it), so the lowered line's prefixes
    /// and markers are found by comparing its bytes, capitals taken as lower case, without making the lowered line.
    private static func matchesWithoutLowering(_ line: String) -> Bool? {
        var line = line
        return line.withUTF8 { bytes -> Bool? in
            guard isASCIIOrCopyrightSigns(bytes) else { return nil }
            return prefixBytes.contains { hasPrefix(bytes, $0) } || markerBytes.contains { contains(bytes, $0, foldingASCII: true) }
        }
    }

    /// Whether every scalar of `bytes` is ASCII or © (C2 A9).
    private static func isASCIIOrCopyrightSigns(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            if bytes[index] < 0x80 {
                index += 1
            } else if bytes[index] == copyrightSign[0], index + 1 < bytes.count, bytes[index + 1] == copyrightSign[1] {
                index += copyrightSign.count
            } else {
                return false
            }
        }
        return true
    }

    /// Whether `bytes`, capitals taken as lower case, start with `prefix`.
    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8]) -> Bool {
        guard prefix.count <= bytes.count else { return false }
        return prefix.indices.allSatisfy { UTF8Bytes.asciiLowered(bytes[$0]) == prefix[$0] }
    }

    /// Whether `line` holds, in any case, a word that every notice holds ("©", "(c) ", "copyright", "rights",
    /// "published"): a test on the bytes that rules out story lines without lowering them. No notice is missed:
    /// beyond ASCII only two scalars lower into ASCII letters, K (KELVIN SIGN), and İ, which lowers to an i followed
    /// by a combining dot; no such word has a k, or an i that could be followed by a combining dot.
    static func mayBeNotice(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            // Each clue starts with a byte of its own: one pass tries, at each byte, the clue that starts with it.
            for start in bytes.indices {
                let clue = clueStartingWith[Int(UTF8Bytes.asciiLowered(bytes[start]))]
                if clue != noClue, startsAt(start, bytes, clueBytes[Int(clue)]) { return true }
            }
            return false
        }
    }

    /// Whether `bytes` from `start`, capitals taken as lower case, hold `needle`.
    @inline(__always)
    private static func startsAt(_ start: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard needle.count <= bytes.count - start else { return false }
        var offset = 0
        while offset < needle.count, UTF8Bytes.asciiLowered(bytes[start + offset]) == needle[offset] { offset += 1 }
        return offset == needle.count
    }

    /// Substring search on UTF-8 bytes (Foundation's `contains` is slow for this); with `foldingASCII`, the
    /// haystack's upper-case ASCII letters count as lower case.
    private static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], foldingASCII: Bool = false) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) {
            var offset = 0
            while offset < needle.count {
                let byte = haystack[start + offset]
                let folded = foldingASCII ? UTF8Bytes.asciiLowered(byte) : byte
                guard folded == needle[offset] else { break }
                offset += 1
            }
            if offset == needle.count { return true }
        }
        return false
    }

    /// A footer line is short; a long paragraph that mentions copyright is story text.
    static let maximumLength = 240

    static let markers = [
        "all rights reserved", "© copyright", "copyright ©", "(c) copyright",
        "may not be published, broadcast, rewritten or redistributed",
    ]

    private static let markerBytes = markers.map { Array($0.utf8) }

    /// The prefixes that make a line a notice, in lower case.
    private static let prefixBytes = ["©", "(c) ", "copyright"].map { Array($0.utf8) }

    private static let copyrightSign = Array("©".utf8)

    /// The words of `mayBeNotice`, in lower case: each marker and each prefix holds one of them.
    private static let clueBytes = ["©", "(c) ", "copyright", "rights", "published"].map { Array($0.utf8) }

    private static let noClue: Int8 = -1

    /// For each byte, the index in `clueBytes` of the clue that starts with it, or `noClue` (no two clues start
    /// with the same byte).
    private static let clueStartingWith: [Int8] = {
        var table = [Int8](repeating: noClue, count: 256)
        for (index, clue) in clueBytes.enumerated() { table[Int(clue[0])] = Int8(index) }
        return table
    }()
}

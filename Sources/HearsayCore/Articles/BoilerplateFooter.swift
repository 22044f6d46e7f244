/// Recognises the boilerplate lines that close many articles: copyright and rights notices.
public enum BoilerplateFooter {
    /// Whether `line` is a copyright or rights notice rather than part of the story.
    public static func matches(_ line: String) -> Bool {
        guard line.utf8.count <= maximumLength * 4, mayBeNotice(line), line.unicodeScalars.count <= maximumLength else {
            return false
        }
        let lower = line.lowercased()
        if lower.hasPrefix("©") || lower.hasPrefix("(c) ") || lower.hasPrefix("copyright") { return true }
        let haystack = Array(lower.utf8)
        return haystack.withUnsafeBufferPointer { haystack in markerBytes.contains { contains(haystack, $0) } }
    }

    /// Whether `line` holds, in any case, a word that every notice holds ("©", "(c) ", "copyright", "rights",
    /// "published"): a test on the bytes that rules out story lines without lowering them. No notice is missed:
    /// beyond ASCII only two scalars lower into ASCII letters, K (KELVIN SIGN), and İ, which lowers to an i followed
    /// by a combining dot; no such word has a k, or an i that could be followed by a combining dot.
    static func mayBeNotice(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in clueBytes.contains { contains(bytes, $0, foldingASCII: true) } }
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

    /// The words of `mayBeNotice`, in lower case: each marker and each prefix holds one of them.
    private static let clueBytes = ["©", "(c) ", "copyright", "rights", "published"].map { Array($0.utf8) }
}

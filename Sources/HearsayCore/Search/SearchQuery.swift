import Foundation

/// What a search query asks for: smart case, and accents ignored when the query has none.
public struct SearchQuery: Hashable, Sendable {
    public let text: String
    /// Any capital letter in the query: the case must match exactly.
    public let caseSensitive: Bool
    /// Any accent in the query: accents must match; otherwise "Sao" finds "São".
    public let accentSensitive: Bool

    public init(_ text: String) {
        self.text = text
        caseSensitive = text.unicodeScalars.contains(where: { $0.properties.isUppercase })
        accentSensitive = text.decomposedStringWithCanonicalMapping.unicodeScalars.contains(where: {
            $0.properties.generalCategory == .nonspacingMark
        })
    }

    /// How text is folded before comparing, for this query.
    public var folding: TextFolding { TextFolding(caseInsensitive: !caseSensitive, accentInsensitive: !accentSensitive) }
}

/// How text is compared: canonically decomposed, then optionally lower-cased and stripped of accents.
public struct TextFolding: Hashable, Sendable {
    public let caseInsensitive: Bool
    public let accentInsensitive: Bool

    /// The folded form of an ASCII scalar: always one unit.
    @inline(__always)
    func foldASCII(_ value: UInt32) -> UInt32 {
        caseInsensitive && (0x41...0x5A).contains(value) ? value + 0x20 : value
    }

    /// Appends the folded form of `scalar` to `output`.
    @inline(__always)
    func fold(_ scalar: Unicode.Scalar, into output: inout [UInt32], cache: inout [UInt32: [UInt32]]) {
        let value = scalar.value
        if value < 0x80 {
            output.append(foldASCII(value))
            return
        }
        if let known = cache[value] {
            output.append(contentsOf: known)
            return
        }
        var folded: [UInt32] = []
        for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars {
            if accentInsensitive, part.properties.generalCategory == .nonspacingMark { continue }
            if caseInsensitive {
                folded.append(contentsOf: part.properties.lowercaseMapping.unicodeScalars.map(\.value))
            } else {
                folded.append(part.value)
            }
        }
        cache[value] = folded
        output.append(contentsOf: folded)
    }
}

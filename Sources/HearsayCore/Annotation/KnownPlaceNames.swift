/// The one-word names an article has shown to be places, for finding their other mentions: "Tavildara" after
/// "TAVILDARA, Tajikistan" (see `PlaceFinder.repeats`).
struct KnownPlaceNames {
    /// The names as usually written (first letter upper case, the rest lower case).
    private let names: Set<String>
    /// The lower case of the ASCII names: an ASCII word is a known name exactly when its lower case is here,
    /// so that most words are compared without making a String.
    private let asciiKeys: Set<String>
    /// Bit n is set when a key is n bytes long (63 for longer ones): most words are ruled out by their length.
    private let asciiLengths: UInt64

    /// Whether no name is known.
    var isEmpty: Bool { names.isEmpty }

    /// Known names, each as usually written (`normalised`).
    init(_ names: Set<String>) {
        self.names = names
        // A name whose bytes an ASCII word's normal form could not have stays out: only `names` can match it.
        let keys = names.filter { name in
            name.utf8.allSatisfy { $0 < 0x80 } && name.utf8.first.map { $0 &- 0x61 >= 26 } == true
                && name.utf8.dropFirst().allSatisfy { $0 &- 0x41 >= 26 }
        }.map { $0.lowercased() }
        asciiKeys = Set(keys)
        asciiLengths = keys.reduce(0) { $0 | Self.lengthBit($1.utf8.count) }
    }

    /// Whether `token` is a mention of a known name, in any case ("TAVILDARA", "Tavildara").
    func contains(_ token: Token) -> Bool {
        guard token.text.utf8.count == token.span.length else { return names.contains(Self.normalised(token.text)) }
        // ASCII: the normal form of the text is a name exactly when the lower case is a key.
        return asciiLengths & Self.lengthBit(token.lower.utf8.count) != 0 && asciiKeys.contains(token.lower)
    }

    /// A name as usually written, for comparing "TAVILDARA" with "Tavildara".
    static func normalised(_ name: String) -> String {
        name.prefix(1).uppercased() + name.dropFirst().lowercased()
    }

    private static func lengthBit(_ count: Int) -> UInt64 { 1 << UInt64(min(count, 63)) }
}

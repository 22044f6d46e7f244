/// The one-word names an article has found as places, for finding their other mentions: "Tavildara" after
/// "TAVILDARA, Tajikistan" (see `PlaceFinder.repeats`).
///
/// Whether a name counts (some text it was found as is no ordinary word and no person) is judged only when
/// another mention needs it, and then remembered: most names are never mentioned again, and the list of
/// ordinary words is too big to ask cheaply for each.
struct KnownPlaceNames {
    /// Each name as usually written (`normalised`) → the place texts it was found as.
    private var sources: [String: [String]] = [:]
    /// The lower case of each name of ASCII letters → the name: an ASCII word is a mention exactly when its
    /// lower case is here, so that most words are compared without making a String.
    private var asciiNames: [String: String] = [:]
    /// Bit n is set when a key of `asciiNames` is n bytes long (63 for longer ones).
    private var asciiLengths: UInt64 = 0
    private var verdicts: [String: Bool] = [:]

    /// The names of the one-word texts among `texts`.
    init<Texts: Sequence<String>>(_ texts: Texts) {
        for text in texts where Self.isOneWord(text) { sources[Self.normalised(text), default: []].append(text) }
        for name in sources.keys where Self.isASCIINormalForm(name) {
            asciiNames[name.lowercased()] = name
            asciiLengths |= Self.lengthBit(name.utf8.count)
        }
    }

    /// The name `token` mentions, in any case ("TAVILDARA", "Tavildara"), if it is one of them.
    func name(of token: Token) -> String? {
        guard !sources.isEmpty else { return nil }
        guard token.text.utf8.count == token.span.length else {
            let name = Self.normalised(token.text)
            return sources[name] == nil ? nil : name
        }
        // ASCII: the normal form of the text is a name exactly when the lower case is a key.
        guard asciiLengths & Self.lengthBit(token.lower.utf8.count) != 0 else { return nil }
        return asciiNames[token.lower]
    }

    /// Whether `name` counts: some text it was found as passes `shows`, which is asked once per name.
    mutating func counts(_ name: String, shownBy shows: (String) -> Bool) -> Bool {
        if let verdict = verdicts[name] { return verdict }
        let verdict = sources[name]?.contains(where: shows) ?? false
        verdicts[name] = verdict
        return verdict
    }

    /// A name as usually written, for comparing "TAVILDARA" with "Tavildara"; ASCII is done on the stack.
    static func normalised(_ name: String) -> String {
        let utf8 = name.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return name.prefix(1).uppercased() + name.dropFirst().lowercased() }
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            for (offset, byte) in utf8.enumerated() {
                let isUpper = byte &- 0x41 < 26, isLower = byte &- 0x61 < 26
                buffer[offset] = offset == 0 ? (isLower ? byte - 0x20 : byte) : (isUpper ? byte | 0x20 : byte)
            }
            return utf8.count
        }
    }

    /// Whether a place's text has no space. The bytes settle it without a string search unless every space
    /// is followed by a byte beyond ASCII (which might combine with it).
    private static func isOneWord(_ text: String) -> Bool {
        var afterSpace = false, hasSpace = false
        for byte in text.utf8 {
            if afterSpace, byte < 0x80 { return false }  // a space that stands alone
            afterSpace = byte == UInt8(ascii: " ")
            hasSpace = hasSpace || afterSpace
        }
        return !hasSpace || !text.contains(" ")
    }

    /// Whether `name` is ASCII with no lower-case first letter and no upper-case letter after it: the form
    /// `normalised` gives an ASCII word. Other names can only be mentioned by words beyond ASCII.
    private static func isASCIINormalForm(_ name: String) -> Bool {
        guard let first = name.utf8.first, first &- 0x61 >= 26 else { return false }
        return name.utf8.allSatisfy { $0 < 0x80 } && name.utf8.dropFirst().allSatisfy { $0 &- 0x41 >= 26 }
    }

    private static func lengthBit(_ count: Int) -> UInt64 { 1 << UInt64(min(count, 63)) }
}

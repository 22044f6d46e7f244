/// The one-word names an article has found as places, for finding their other mentions: "Tavildara" after
/// "TAVILDARA, Tajikistan" (see `PlaceFinder.repeats`).
///
/// Whether a name counts (some text it was found as is no ordinary word and no person) is judged only when
/// another mention needs it, and then remembered: most names are never mentioned again, and the list of
/// ordinary words is too big to ask cheaply for each. Likewise the names themselves are made only when a word
/// may be one (`PlaceNameFilter`, gathered as the places were read, rules out most words): most articles have no
/// such word.
struct KnownPlaceNames {
    /// The places found in the article: the one-word ones are the texts the names were found as.
    private let places: [Place]
    /// Which ASCII words may name one of them, gathered as they were read.
    private let filter: PlaceNameFilter
    /// Each one-word place's name as usually written (`normalised`) and its text, in the order found (a name may
    /// have several: "Tavildara" after "TAVILDARA"); made from `places` when first needed. A few, so a list
    /// scanned with `==` rather than a table hashed per name.
    private var sources: [(name: String, text: String)] = []
    private var madeSources = false
    private var verdicts: [String: Bool] = [:]

    /// The names of the one-word texts among `places`, which `filter` was given as they were read.
    init(_ places: [Place], filter: PlaceNameFilter) {
        self.places = places
        self.filter = filter
    }

    /// Whether a place's text, whose bytes say `bytes`, has one word. An ASCII text has one word when it has no
    /// space.
    static func isOneWord(_ text: String, bytes: FoldedBytes) -> Bool {
        bytes.isASCII ? !bytes.hasSpace : isOneWord(text)
    }

    /// The bytes of the name of a one-word place's text (whose bytes say `bytes`) that an ASCII word could equal,
    /// if there is one: an ASCII text's name differs from it only in the case of ASCII letters, which the hash
    /// and the quick bit fold.
    static func asciiName(of text: String, bytes: FoldedBytes) -> FoldedBytes? {
        bytes.isASCII ? bytes : asciiName(ofNonASCII: text)
    }

    /// `asciiName(of:bytes:)` of a text with a byte beyond ASCII: the ASCII form of its name, if any.
    static func asciiName(ofNonASCII text: String) -> FoldedBytes? {
        ASCIIEquivalent.of(normalised(text)).map(FoldedBytes.init)
    }

    /// Makes `sources` from the one-word places, once.
    private mutating func makeSources() {
        guard !madeSources else { return }
        madeSources = true
        for text in places.lazy.map(\.text) where Self.isOneWord(text) {
            sources.append((Self.normalised(text), text))
        }
    }

    /// Whether no name is known: no word mentions one.
    var isEmpty: Bool { !filter.hasNames }

    /// Whether a word whose spelling's `WordFacts.asciiQuickBit` is `asciiQuickBit` may mention a name: false
    /// rules it out at once; true leaves it to `name(of:lowerWord:isASCII:)` (see `PlaceNameFilter.mayName`).
    func mayName(asciiQuickBit: UInt16) -> Bool {
        filter.mayName(asciiQuickBit: asciiQuickBit)
    }

    /// The name a word mentions, in any case ("TAVILDARA", "Tavildara"), if it is one of them; `isASCII` tells
    /// whether the word's text is all ASCII, `lowerWord` is the number of its lower case.
    mutating func name(of text: String, lowerWord: UInt32, isASCII: Bool) -> String? {
        guard filter.hasNames else { return nil }
        // An ASCII word equals a name only if the name's ASCII form is the word in another case.
        if isASCII, !filter.mayName(ascii: text, lowerWord: lowerWord) { return nil }
        makeSources()
        let name = Self.normalised(text)
        return sources.contains { $0.name == name } ? name : nil
    }

    /// Whether `name` counts: some text it was found as passes `shows`, which is asked once per name.
    mutating func counts(_ name: String, shownBy shows: (String) -> Bool) -> Bool {
        makeSources()
        if let verdict = verdicts[name] { return verdict }
        let verdict = sources.contains { $0.name == name && shows($0.text) }
        verdicts[name] = verdict
        return verdict
    }

    /// A name as usually written, for comparing "TAVILDARA" with "Tavildara"; ASCII is done on the stack.
    static func normalised(_ name: String) -> String {
        let utf8 = name.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return name.prefix(1).uppercased() + name.dropFirst().lowercased() }
        // Most names are written so already ("Tavildara"): the name itself, no new string.
        if utf8.first.map({ $0 &- 0x61 >= 26 }) ?? true, !utf8.dropFirst().contains(where: { $0 &- 0x41 < 26 }) { return name }
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
        let hasSpace = text.utf8.withContiguousStorageIfAvailable(hasSpaceByte) ?? hasSpaceByte(text.utf8)
        return hasSpace == false || hasSpace == nil && !text.contains(" ")
    }

    /// Whether the bytes have a space: true for one that stands alone, nil when each is followed by a byte
    /// beyond ASCII (which might combine with it).
    private static func hasSpaceByte<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool? {
        var afterSpace = false, hasSpace = false
        for byte in bytes {
            if afterSpace, byte < 0x80 { return true }  // a space that stands alone
            afterSpace = byte == UInt8(ascii: " ")
            hasSpace = hasSpace || afterSpace
        }
        return hasSpace ? nil : false
    }
}

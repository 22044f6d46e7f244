/// The one-word names an article has found as places, for finding their other mentions: "Tavildara" after
/// "TAVILDARA, Tajikistan" (see `PlaceFinder.repeats`).
///
/// Whether a name counts (some text it was found as is no ordinary word and no person) is judged only when
/// another mention needs it, and then remembered: most names are never mentioned again, and the list of
/// ordinary words is too big to ask cheaply for each. Likewise the names themselves are made and hashed only
/// when a word may be one: most articles have no such word.
struct KnownPlaceNames {
    /// The one-word place texts, in the order found.
    private let texts: [String]
    /// Each name as usually written (`normalised`) → the first place text it was found as; made from `texts`
    /// when first needed.
    private var sources: [String: String] = [:]
    /// Further texts of a name ("Tavildara" after "TAVILDARA"): rare.
    private var moreSources: [(name: String, text: String)] = []
    private var madeSources = false
    /// Case-folded hashes of the names an ASCII word could equal, in an open-addressing table (odd values;
    /// 0 is an empty slot): most words are ruled out by their hash before a String is made.
    private var asciiHashes: [UInt64] = []
    /// Bit n is set when an ASCII word of n bytes (63 or more for bit 63) may be a name: tested before hashing.
    private var asciiLengths: UInt64 = 0
    private var verdicts: [String: Bool] = [:]

    /// The names of the one-word texts among `texts`.
    init<Texts: Sequence<String>>(_ texts: Texts) {
        var oneWord: [String] = [], hashes: [UInt64] = []
        for text in texts where Self.isOneWord(text) {
            oneWord.append(text)
            // An ASCII text's name differs from it only in the case of ASCII letters, which the hash folds.
            let (hash, isASCII) = Self.foldedHash(text)
            guard let ascii = isASCII ? text : ASCIIEquivalent.of(Self.normalised(text)) else { continue }
            hashes.append(isASCII ? hash : Self.foldedHash(ascii).hash)
            asciiLengths |= Self.lengthBit(ascii.utf8.count)
        }
        self.texts = oneWord
        asciiHashes = Self.hashTable(hashes)
    }

    /// Makes `sources` and `moreSources` from `texts`, once.
    private mutating func makeSources() {
        guard !madeSources else { return }
        madeSources = true
        sources.reserveCapacity(texts.count)
        for text in texts {
            let name = Self.normalised(text)
            if sources[name] == nil { sources[name] = text } else { moreSources.append((name, text)) }
        }
    }

    /// An open-addressing table of `hashes`, twice as many slots as hashes or more.
    private static func hashTable(_ hashes: [UInt64]) -> [UInt64] {
        var capacity = 16
        while capacity < hashes.count * 2 { capacity *= 2 }
        var table = [UInt64](repeating: 0, count: capacity)
        for hash in hashes {
            var slot = Int(truncatingIfNeeded: hash >> 7) & (capacity - 1)
            while table[slot] != 0, table[slot] != hash { slot = (slot + 1) & (capacity - 1) }
            table[slot] = hash
        }
        return table
    }

    private func mayBeName(hash: UInt64) -> Bool {
        var slot = Int(truncatingIfNeeded: hash >> 7) & (asciiHashes.count - 1)
        while asciiHashes[slot] != 0 {
            if asciiHashes[slot] == hash { return true }
            slot = (slot + 1) & (asciiHashes.count - 1)
        }
        return false
    }

    /// FNV-1a over the bytes with ASCII letters in lower case, made odd: equal for "TAVILDARA" and "Tavildara";
    /// and whether the text is ASCII.
    private static func foldedHash(_ text: String) -> (hash: UInt64, isASCII: Bool) {
        let (hash, isASCII) = text.utf8.withContiguousStorageIfAvailable { ByteHash.fnv1a($0, foldingCase: true) }
            ?? ByteHash.fnv1a(text.utf8, foldingCase: true)
        return (hash | 1, isASCII)
    }

    @inline(__always)
    private static func lengthBit(_ length: Int) -> UInt64 { 1 << UInt64(min(length, 63)) }

    /// Whether no name is known: no word mentions one.
    var isEmpty: Bool { texts.isEmpty }

    /// Whether a word may mention a name: false rules it out at once (an ASCII word of no name's length);
    /// true leaves it to `name(of:isASCII:)`.
    func mayName(_ text: String, isASCII: Bool) -> Bool {
        !isASCII || asciiLengths & Self.lengthBit(text.utf8.count) != 0
    }

    /// The name a word mentions, in any case ("TAVILDARA", "Tavildara"), if it is one of them; `isASCII` tells
    /// whether the word's text is all ASCII.
    mutating func name(of text: String, isASCII: Bool) -> String? {
        guard !texts.isEmpty else { return nil }
        // An ASCII word equals a name only if the name's ASCII form is the word in another case.
        if isASCII, !mayName(text, isASCII: true) || !mayBeName(hash: Self.foldedHash(text).hash) {
            return nil
        }
        makeSources()
        let name = Self.normalised(text)
        return sources[name] == nil ? nil : name
    }

    /// Whether `name` counts: some text it was found as passes `shows`, which is asked once per name.
    mutating func counts(_ name: String, shownBy shows: (String) -> Bool) -> Bool {
        makeSources()
        if let verdict = verdicts[name] { return verdict }
        let verdict = sources[name].map(shows) == true || moreSources.contains { $0.name == name && shows($0.text) }
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

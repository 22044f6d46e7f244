/// Which words may name a one-word place an article has found (`KnownPlaceNames`), gathered as the places are
/// read. A place read as one ASCII token is known by its spelling's facts, its text unread: its lower case's number
/// and its quick bit (`WordFacts.asciiQuickBit`); any other is judged by its text, and its name's ASCII form (if
/// it has one) hashed. An ASCII word names such a place only when it is the place's text in another case.
struct PlaceNameFilter {
    /// One bit for each name, by its length and its first and last bytes (`FoldedBytes.quickBit`): most words are
    /// ruled out by it before anything else is asked.
    private var quickBits = QuickFilter()
    /// The lower cases' numbers of the places read as one ASCII token, a name as often as read: a list scanned,
    /// as words are asked about less often than places are read.
    private var lowerWords: [UInt32] = []
    /// Room for `lowerWords` an article has at first: most need less.
    private static let lowerWordsPerArticle = 32
    /// Case-folded hashes (`FoldedBytes.hash`) of the ASCII forms of the other names, each once (mostly none).
    private var otherHashes: [UInt64] = []
    /// Whether some place has one word.
    private(set) var hasNames = false

    /// Adds the place read as token `index` of `tokens` (the place's text is the token's).
    mutating func add(token index: Int, of tokens: Tokens) {
        // One token is one word: no token holds a space.
        hasNames = true
        let quickBit = tokens.facts(index).asciiQuickBit
        guard quickBit != WordFacts.notASCII else {
            if let ascii = KnownPlaceNames.asciiName(ofNonASCII: tokens.text(index)) { add(ascii) }
            return
        }
        quickBits.insert(Int(quickBit))
        if lowerWords.isEmpty { lowerWords.reserveCapacity(Self.lowerWordsPerArticle) }
        lowerWords.append(tokens[index].lowerWord)
    }

    /// Adds a place read as something other than one token, by its text.
    mutating func add(text: String) {
        let bytes = FoldedBytes(text)
        guard KnownPlaceNames.isOneWord(text, bytes: bytes) else { return }
        hasNames = true
        if let ascii = KnownPlaceNames.asciiName(of: text, bytes: bytes) { add(ascii) }
    }

    private mutating func add(_ ascii: FoldedBytes) {
        quickBits.insert(ascii.quickBit)
        if !otherHashes.contains(ascii.hash) { otherHashes.append(ascii.hash) }
    }

    /// Whether a word whose spelling's `WordFacts.asciiQuickBit` is `asciiQuickBit` may name a place added: false
    /// rules it out at once (an ASCII word of no name's length and first and last letters).
    func mayName(asciiQuickBit: UInt16) -> Bool {
        quickBits.mayHold(asciiQuickBit: asciiQuickBit)
    }

    /// Whether the ASCII word `text`, whose lower case's number is `lowerWord`, may name a place added: false
    /// rules it out (its lower case is no such place's, nor is its hash another name's).
    func mayName(ascii text: String, lowerWord: UInt32) -> Bool {
        lowerWords.contains(lowerWord) || !otherHashes.isEmpty && otherHashes.contains(FoldedBytes(text).hash)
    }
}

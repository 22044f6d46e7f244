/// The first words of place names, each with what the gazetteer keeps of the names that begin with it (a
/// `Payload`), found as `String ==` finds them: a `NameWordIndex` with a payload per word and, before it, a bit
/// filter small enough to stay in cache, which rules out most words that begin no name without reading the table.
struct FirstWordIndex<Payload: Sendable>: Sendable {
    private let index: NameWordIndex
    /// Word i's payload.
    private let payloads: [Payload]
    /// Two bits per word with an ASCII form, chosen by its hash (a Bloom filter): a word with either bit clear is
    /// none of them.
    private let filter: [UInt64]

    /// Filter bits per word: about 1.5% of other words pass the filter.
    private static var filterBitsPerWord: Int { 12 }
    /// Bits in one `UInt64` of the filter.
    private static var bitsPerElement: Int { UInt64.bitWidth }
    /// A filter bit's element is its number shifted right by this (log2 of `bitsPerElement`)...
    private static var elementShift: Int { UInt64.bitWidth.trailingZeroBitCount }
    /// ...and its bit in the element the number's low bits, under this mask.
    private static var bitInElement: Int { UInt64.bitWidth - 1 }

    /// An index of `words`, word i with `payloads[i]`; no two words may be equal as Strings.
    init(_ words: [String], payloads: [Payload]) {
        index = NameWordIndex(words)
        self.payloads = payloads
        var filterBits = Self.bitsPerElement
        while filterBits < words.count * Self.filterBitsPerWord { filterBits *= 2 }
        var filter = [UInt64](repeating: 0, count: filterBits / Self.bitsPerElement)
        for word in words {
            guard let hash = WordHash.asciiForm(word) else { continue }
            let (one, two) = Self.filterBits(hash, filterBits)
            filter[one >> Self.elementShift] |= 1 << (one & Self.bitInElement)
            filter[two >> Self.elementShift] |= 1 << (two & Self.bitInElement)
        }
        self.filter = filter
    }

    /// The payload of the word equal to `word`, if there is one.
    func payload(of word: String) -> Payload? {
        number(of: word).map { payloads[$0] }
    }

    /// The number of the word equal to `word` (its position among the words given), if there is one: an
    /// answer a caller may keep, for `payload(number:)`.
    func number(of word: String) -> Int? {
        let hash = WordHash.asciiForm(word)
        if let hash {
            let (one, two) = Self.filterBits(hash, filter.count * Self.bitsPerElement)
            guard filter[one >> Self.elementShift] & (1 << (one & Self.bitInElement)) != 0,
                  filter[two >> Self.elementShift] & (1 << (two & Self.bitInElement)) != 0 else { return nil }
        }
        return index.number(of: word, hash: hash)
    }

    /// The payload of word `number` (from `number(of:)`).
    func payload(number: Int) -> Payload { payloads[number] }

    /// The two filter bits of a hash, from the high bits of its product with a large odd number.
    @inline(__always)
    private static func filterBits(_ hash: UInt64, _ count: Int) -> (Int, Int) {
        let mixed = hash &* 0x9E37_79B9_7F4A_7C15
        return (Int(truncatingIfNeeded: mixed >> 40) & (count - 1), Int(truncatingIfNeeded: mixed >> 17) & (count - 1))
    }
}

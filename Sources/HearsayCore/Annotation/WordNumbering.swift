/// Numbers the spellings of one article's tokens as the tokenizer meets them: known ones by the vocabulary, the
/// others as they first appear, each with its facts worked out then, so that a spelling met again costs one lookup.
struct WordNumbering {
    let vocabulary: Vocabulary
    /// The spellings the vocabulary lacks, in the order met.
    private(set) var added: WordSpellings

    /// Spellings an article of `bytes` bytes is expected to bring: about one for every twelve bytes.
    static func expectedSpellings(forBytes bytes: Int) -> Int { bytes / 12 + 16 }

    init(_ vocabulary: Vocabulary, expectedSpellings: Int) {
        self.vocabulary = vocabulary
        added = WordSpellings(firstNumber: vocabulary.known.nextNumber, capacity: expectedSpellings)
    }

    /// The number and facts of the spelling `bytes` (UTF-8), added when it is new; `readable` bytes from their start
    /// may be read (see `SpellingKey`).
    @inline(__always)
    mutating func spelling(_ bytes: UnsafeBufferPointer<UInt8>, readable: Int? = nil) -> (number: UInt32, facts: WordFacts) {
        let key = SpellingKey(bytes, readable: readable ?? bytes.count)
        if let found = vocabulary.known.find(bytes, key) { return found }
        if let found = added.find(bytes, key) { return found }
        return learn(bytes, key)
    }

    /// The texts of the spellings numbered so far.
    func words() -> ArticleWords { ArticleWords(known: vocabulary.known, own: added) }

    /// Works out the facts of a new spelling and adds it; its lower case is added first when it has capitals.
    @inline(never)
    private mutating func learn(_ bytes: UnsafeBufferPointer<UInt8>, _ key: SpellingKey) -> (number: UInt32, facts: WordFacts) {
        let lists = vocabulary.lists
        let listed = vocabulary.holdsLists ? nil : lists.listed(bytes)
        let text = String(decoding: bytes, as: UTF8.self)
        let (shape, count) = TokenShape.of(bytes) ?? TokenShape.ofScalars(in: bytes)
        let isASCII = count == bytes.count
        let written = listed ?? (isASCII ? [] : lists.setsBeyondASCII(text))
        var lower: UInt32?, folded = written
        if shape.hasUpper { (lower, folded) = lowered(text, bytes, isASCII: isASCII) }
        let lowerText = lower.map { ArticleWords.text($0, known: vocabulary.known, own: added) } ?? text
        let names = vocabulary.names?.nameSet(of: text, lower: lowerText) ?? []
        let startsUpper = ScalarClass.isUppercase(UTF8Bytes.scalar(in: bytes, at: 0))
        let facts = WordFacts(written: written, folded: folded, lower: lower ?? added.nextNumber, scalars: Int32(count),
                              letters: Int32(shape.letters), hasLower: shape.hasLower, hasHyphen: shape.hasHyphen,
                              startsUpper: startsUpper, endsWithPeriod: bytes.last == UInt8(ascii: "."), names: names,
                              placeFirstWord: startsUpper ? vocabulary.placeFirstWord(of: text) : WordFacts.beginsNoPlace,
                              asciiQuickBit: isASCII ? UInt16(FoldedBytes.quickBit(bytes)) : WordFacts.notASCII)
        return (added.add(bytes, key, text: text, facts: facts), facts)
    }
}

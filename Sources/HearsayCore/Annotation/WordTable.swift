/// The annotator's hand-written word lists, by the UTF-8 bytes of each word: the lists a word belongs to, one bit
/// a list. Asked only when a spelling is first met (`WordNumbering.learn`): the tokenizer finds the lists of the
/// spellings it has met in the vocabulary's own table, so a dictionary serves here.
struct WordTable: Sendable {
    private let sets: [[UInt8]: WordSet]
    /// Every word of the table, in order (the vocabulary numbers them in this order).
    let allWords: [String]

    /// A table of `words` and the lists each belongs to (empty for a word kept only to be known).
    init(_ words: [String: WordSet]) {
        sets = Dictionary(uniqueKeysWithValues: words.map { (Array($0.key.utf8), $0.value) })
        allWords = words.keys.sorted()
    }

    /// A table that knows no word.
    static let empty = WordTable([:])

    /// The lists holding the word spelt by `bytes` (UTF-8); nil when the table lacks it.
    func listed(_ bytes: UnsafeBufferPointer<UInt8>) -> WordSet? { sets[Array(bytes)] }

    /// The lists holding the word spelt by `bytes` (UTF-8); empty when it is in none.
    func sets(of bytes: UnsafeBufferPointer<UInt8>) -> WordSet { listed(bytes) ?? [] }

    /// The lists holding `word`, spelt as it is.
    func sets(of word: String) -> WordSet { sets[Array(word.utf8)] ?? [] }

    /// The lists holding a word beyond ASCII: the table is keyed by bytes, but a list (of ASCII words) holds
    /// what Strings compare equal to, so a KELVIN SIGN counts as a K.
    func setsBeyondASCII(_ word: String) -> WordSet {
        let found = sets(of: word)
        guard found.isEmpty, let ascii = ASCIIEquivalent.of(word) else { return found }
        return sets(of: ascii)
    }
}

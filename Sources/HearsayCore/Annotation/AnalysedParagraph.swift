/// One paragraph prepared for annotation: its tokens and its sentences. A class: the passes hand paragraphs
/// around and loop over them, and a copy is then one reference, not three.
final class AnalysedParagraph: Sendable {
    /// Position among the annotated segments (0 is the headline).
    let index: Int
    let isHeadline: Bool
    let tokens: Tokens
    /// Token index ranges of the sentences, in order, covering every token.
    let sentences: Sentences

    /// The paragraph of `tokens`, its sentences split from them.
    convenience init(index: Int, tokens: Tokens, isHeadline: Bool) {
        var sentences: [Range<Int>] = []
        SentenceSplitter.append(tokens, to: &sentences)
        self.init(index: index, tokens: tokens, isHeadline: isHeadline, sentences: Sentences(sentences, 0..<sentences.count))
    }

    private init(index: Int, tokens: Tokens, isHeadline: Bool, sentences: Sentences) {
        self.index = index
        self.isHeadline = isHeadline
        self.tokens = tokens
        self.sentences = sentences
    }

    /// The paragraphs of an article's annotated segments (the headline first), tokenized with `vocabulary`, and
    /// the spellings they added to it. Their sentences are split into one array, which each paragraph views.
    static func paragraphs(of segments: [TextSegment], vocabulary: Vocabulary) -> ([AnalysedParagraph], added: WordSpellings) {
        let (lists, added) = Tokenizer.tokenize(segments, vocabulary: vocabulary)
        var all: [Range<Int>] = [], bounds: [Range<Int>] = []
        all.reserveCapacity(lists.reduce(lists.count) { $0 + $1.count / SentenceSplitter.tokensPerSentence })
        bounds.reserveCapacity(lists.count)
        for tokens in lists {
            let start = all.count
            SentenceSplitter.append(tokens, to: &all)
            bounds.append(start..<all.count)
        }
        let paragraphs = lists.indices.map { index in
            AnalysedParagraph(index: index, tokens: lists[index], isHeadline: index == 0,
                              sentences: Sentences(all, bounds[index]))
        }
        return (paragraphs, added)
    }

    /// The sentence that holds token `index` (sentences are in order and do not overlap).
    func sentence(containing index: Int) -> Range<Int> {
        var low = 0, high = sentences.count
        while low < high {
            let middle = (low + high) / 2
            if sentences[middle].upperBound <= index { low = middle + 1 } else { high = middle }
        }
        return low < sentences.count && sentences[low].contains(index) ? sentences[low] : 0..<tokens.count
    }
}

/// Finds sentence ends: . ! ? (and closing marks after them) before a capital, a number or an opening mark.
enum SentenceSplitter {
    /// Fewer tokens than most news sentences have (they run to 20 or 30): room is made for a sentence per so many.
    static let tokensPerSentence = 16

    /// Appends the sentences of `tokens` to `sentences`, in order.
    static func append(_ tokens: Tokens, to sentences: inout [Range<Int>]) {
        // The tokens are read from their buffer: most are words, passed over by one kind test without bounds checks.
        tokens.list.withUnsafeBufferPointer { list in
            var start = 0
            var index = 0
            while index < list.count {
                if list[index].kind == .punctuation, isTerminal(list, index, tokens) {
                    var end = index + 1
                    while end < list.count, closesAfterTerminal(list[end]) { end += 1 }
                    if end >= list.count || startsSentence(list[end]) {
                        sentences.append(start..<end)
                        start = end
                        index = end
                        continue
                    }
                }
                index += 1
            }
            if start < list.count { sentences.append(start..<list.count) }
        }
    }

    /// Whether the punctuation token `index` of `list` (the tokens of `tokens`) ends a sentence.
    private static func isTerminal(_ list: UnsafeBufferPointer<Token>, _ index: Int, _ tokens: Tokens) -> Bool {
        let token = list[index]
        if token.written.contains(.terminalMark) { return true }
        guard token.written.contains(.period) else { return false }
        guard index > 0 else { return true }
        let previous = list[index - 1]
        if previous.kind == .word, previous.written.contains(.abbreviation) { return false }
        if previous.kind == .word, previous.isCapitalized, tokens.isOneCharacter(index - 1) { return false }
        return true
    }

    private static func closesAfterTerminal(_ token: Token) -> Bool {
        (token.kind == .quoteMark && !token.spaceBefore) || token.written.contains(.closingBracket)
    }

    private static func startsSentence(_ token: Token) -> Bool {
        token.isCapitalized || token.kind == .number || token.kind == .quoteMark || token.kind == .dash
            || token.written.contains(.openingBracket)
    }

    /// Words that take a period without ending a sentence.
    static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Adm", "Maj",
        "Brig", "Cmdr", "Rev", "St", "Ste", "Mt", "Ft", "Jr", "Sr", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
        "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Nos", "vs", "v", "etc", "Inc", "Corp", "Co", "Ltd",
        "Calif", "Fla", "Pa", "Mass", "Va", "Ga", "Tex", "Ill", "Mich", "Ariz", "Colo", "Conn", "Wis", "Minn",
        "Ore", "Wash", "Tenn", "Ky", "La", "Md", "Mo", "Ala", "Okla", "Kan", "Neb", "Nev", "Miss", "Ark",
        "Del", "Vt", "Wyo", "Mont", "Ind", "Sens", "Reps", "Govs", "approx", "Fr", "Gens", "Messrs", "Hon",
    ]
}

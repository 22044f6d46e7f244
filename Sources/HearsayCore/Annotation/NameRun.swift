/// A run of capitalised words in a paragraph that may name a person, a place or an organisation,
/// split into its parts: modifiers ("Russian"), titles ("Prime Minister") and the name itself.
struct NameRun: Sendable {
    let paragraph: Int
    /// All tokens of the run.
    let tokens: Range<Int>
    /// Tokens of the name after modifiers and titles ("Haidar al-Abadi"); its first and last tokens are words.
    let name: Range<Int>
    /// The title tokens before the name ("Prime Minister"), empty when there is no title.
    let titleTokens: Range<Int>
    let span: Span

    var hasTitle: Bool { !titleTokens.isEmpty }

    /// The title words before the name, without periods ("Prime", "Minister"), from the run's paragraph `tokens`,
    /// each with its token: made as they are read, into no array.
    func titles(in tokens: Tokens) -> some Sequence<(token: Int, word: String)> {
        titleTokens.lazy.compactMap { index in
            NameRunFinder.titleWord(tokens, index, afterTitle: index > titleTokens.lowerBound).map { (index, $0) }
        }
    }

    /// The name's words as written.
    func words(in tokens: Tokens) -> [String] {
        // The name's first and last tokens are words: a name of one or two tokens (most) is that many words, made
        // as an array literal, the cheapest allocation.
        let first = name.lowerBound
        if name.count == 1 { return [tokens.text(first)] }
        if name.count == 2 { return [tokens.text(first), tokens.text(first + 1)] }
        var words: [String] = []
        words.reserveCapacity(name.count)
        for index in name where tokens[index].kind == .word { words.append(tokens.text(index)) }
        return words
    }

    /// How many words the name has.
    func wordCount(in tokens: Tokens) -> Int {
        name.reduce(0) { $0 + (tokens[$1].kind == .word ? 1 : 0) }
    }

    /// Whether the name is words alone with a space before each but the first: its `text` is then its words joined
    /// by spaces, their `PersonRegistry.fullName`.
    func isSpacedWords(in tokens: Tokens) -> Bool {
        name.allSatisfy { tokens[$0].kind == .word && ($0 == name.lowerBound || tokens[$0].spaceBefore) }
    }

    /// The name as written, words joined as in the text ("J. R. Smith", "Haidar al-Abadi").
    func text(in tokens: Tokens) -> String {
        name.count == 1 ? tokens.text(name.lowerBound) : NameRunFinder.joined(tokens, name)
    }
}

/// Finds name runs in a paragraph's tokens.
enum NameRunFinder {
    /// Appends every maximal run of name-like tokens of `paragraph` to `runs`, split into modifiers, titles and name.
    static func appendRuns(in paragraph: AnalysedParagraph, to runs: inout [NameRun]) {
        let tokens = paragraph.tokens
        var index = nextCandidate(in: tokens, from: 0)
        while index < tokens.count {
            guard startsRun(tokens, index) else {
                index = nextCandidate(in: tokens, from: index + 1)
                continue
            }
            var end = index + 1
            while end < tokens.count, continuesRun(tokens, end) { end += 1 }
            while end > index + 1, tokens[end - 1].kind != .word || tokens[end - 1].written.contains(.nameParticle) {
                end -= 1
            }
            if let run = split(paragraph, index..<end) { runs.append(run) }
            index = nextCandidate(in: tokens, from: end)
        }
    }

    /// The first token from `start` on that `mayStartRun`, or the token count. Most tokens are passed over here,
    /// read from their buffer without bounds checks.
    private static func nextCandidate(in tokens: Tokens, from start: Int) -> Int {
        tokens.list.withUnsafeBufferPointer { list in
            var index = start
            while index < list.count, !mayStartRun(list[index]) { index += 1 }
            return index
        }
    }

    /// A run starts at a capitalised word that is not an acronym, or at a particle-prefixed name ("al-Assad").
    /// Asked of every token: the flags that rule most tokens out are read here, inlined, the rest in `startsRun`.
    @inline(__always)
    static func mayStartRun(_ token: Token) -> Bool {
        token.kind == .word && (token.isCapitalized || token.hasHyphen)
    }

    /// Whether token `index`, which `mayStartRun`, starts a run.
    static func startsRun(_ tokens: Tokens, _ index: Int) -> Bool {
        let token = tokens[index]
        guard !token.written.contains(.nonName), !token.written.contains(.headlineVerb) else { return false }
        if token.isCapitalized { return !token.isAllCaps || isTitleAbbreviation(tokens.text(index)) }
        return hasParticlePrefix(tokens.text(index))
    }

    private static func continuesRun(_ tokens: Tokens, _ index: Int) -> Bool {
        let token = tokens[index]
        // `.period` is the list of "." alone: a punctuation mark other than "." continues no run.
        if token.kind == .punctuation, index > 0, token.written.contains(.period) {
            let previous = index - 1
            return !token.spaceBefore && tokens[previous].kind == .word
                && (tokens[previous].isCapitalized && tokens.isOneCharacter(previous) || tokens[previous].written.contains(.abbreviation))
                && index + 1 < tokens.count && tokens[index + 1].isCapitalized
        }
        guard token.kind == .word, !token.written.contains(.headlineVerb) else { return false }
        if token.isCapitalized {
            return !token.isAllCaps || isTitleAbbreviation(tokens.text(index)) || tokens.isOneCharacter(index)
        }
        if token.hasHyphen, hasParticlePrefix(tokens.text(index)) { return true }
        let hasNext = index + 1 < tokens.count
        if token.written.contains(.nameParticle) {
            return hasNext && (tokens[index + 1].isCapitalized || tokens[index + 1].written.contains(.nameParticle))
        }
        // "Secretary of State": "of" between two title words.
        return index > 0 && tokens[index - 1].written.contains(.title) && hasNext && tokens[index + 1].written.contains(.title)
            && tokens.text(index) == "of"
    }

    static func isTitleAbbreviation(_ text: String) -> Bool { text == "CEO" }

    /// "al-Assad", "el-Sisi", "bin-Laden": a lower-case particle, a hyphen, a capitalised name.
    static func hasParticlePrefix(_ text: String) -> Bool {
        // Most words have no hyphen: their bytes say so without walking their scalars.
        guard text.containsByte(UInt8(ascii: "-")) else { return false }
        let scalars = text.unicodeScalars
        guard let hyphen = scalars.firstIndex(of: "-"), hyphen > scalars.startIndex else { return false }
        let next = scalars.index(after: hyphen)
        guard next < scalars.endIndex, ScalarClass.isUppercase(scalars[next]) else { return false }
        return WordLists.hyphenParticles.contains(String(scalars[..<hyphen]).lowercased())
    }

    /// Splits a run into leading modifiers and titles, and the name after the last title word.
    private static func split(_ paragraph: AnalysedParagraph, _ range: Range<Int>) -> NameRun? {
        let tokens = paragraph.tokens
        var nameStart = range.lowerBound
        var titleStart: Int?
        // A modifier before a title ("Russian", "Moscow") is passed over with it: the name starts after the last
        // title word. Without a title the whole run is the name.
        for index in range {
            if isTitleWord(tokens, index, afterTitle: titleStart != nil) {
                if titleStart == nil { titleStart = index }
                nameStart = index + 1
            } else if titleStart != nil {
                break
            }
        }
        let titleTokens = titleStart.map { $0..<nameStart } ?? range.lowerBound..<range.lowerBound
        while nameStart < range.upperBound, tokens[nameStart].kind != .word { nameStart += 1 }
        guard nameStart < range.upperBound else {
            let end = tokens[range.upperBound - 1].span.end
            return NameRun(paragraph: paragraph.index, tokens: range, name: range.upperBound..<range.upperBound,
                           titleTokens: titleTokens, span: Span(end, end))
        }
        let nameRange = nameStart..<range.upperBound
        return NameRun(paragraph: paragraph.index, tokens: range, name: nameRange, titleTokens: titleTokens,
                       span: Span(tokens[nameRange.lowerBound].span.start, tokens[nameRange.upperBound - 1].span.end))
    }

    /// Whether token `index` is a title word (`titleWord` is not nil), its text read only when its lists leave it open.
    static func isTitleWord(_ tokens: Tokens, _ index: Int, afterTitle: Bool) -> Bool {
        let token = tokens[index]
        // "." is in the `.period` list alone; without its period it is itself, a title word only if listed as one.
        if token.written.contains(.period) { return token.written.contains(.title) }
        guard token.endsWithPeriod else {
            // "of" is a minor word: others are not read.
            return token.written.contains(.title) || afterTitle && token.written.contains(.minorWord) && tokens.text(index) == "of"
        }
        return titleWord(tokens, index, afterTitle: afterTitle) != nil
    }

    /// The title word token `index` is, without its period ("Gen", "Minister"), or "of" between titles; nil otherwise.
    static func titleWord(_ tokens: Tokens, _ index: Int, afterTitle: Bool) -> String? {
        let text = tokens.text(index)
        guard tokens[index].endsWithPeriod else {
            return tokens[index].written.contains(.title) || afterTitle && text == "of" ? text : nil
        }
        let word = text.trimmingSuffix(".")
        return WordLists.titleWords.contains(word) || afterTitle && word == "of" ? word : nil
    }

    /// Tokens joined with a space where the text has one.
    static func joined(_ tokens: Tokens, _ range: Range<Int>) -> String {
        String(joining: range.count, piece: { tokens.text(range.lowerBound + $0) },
               spaceBefore: { tokens[range.lowerBound + $0].spaceBefore })
    }
}

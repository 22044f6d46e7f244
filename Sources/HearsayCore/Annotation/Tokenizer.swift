/// Splits a paragraph into tokens: words (with inner apostrophes, hyphens and abbreviation periods),
/// numbers, quotation marks, dashes and other punctuation.
enum Tokenizer {
    /// The tokens of `text`, a paragraph that starts at scalar offset `base` in the article text;
    /// each token's word lists are looked up in `vocabulary`.
    static func tokenize(_ text: String, base: Int, vocabulary: Vocabulary) -> Tokens {
        var numbering = WordNumbering(vocabulary, expectedSpellings: WordNumbering.expectedSpellings(forBytes: text.utf8.count))
        var buffer = TokenBuffer(capacity: min(text.utf8.count, TokenBuffer.initialCapacity))   // a token is a byte or more
        let list = tokens(of: text, base: base, into: &buffer, numbering: &numbering)
        return Tokens(list: list, words: numbering.words())
    }

    /// The texts of the tokens of `text`, in order (`tokenize(text, …)`'s texts, made without numbering them).
    static func texts(of text: String) -> [String] {
        var utf8Text = text
        return utf8Text.withUTF8 { TokenScanner(utf8: $0, base: 0).texts() }
    }

    /// The tokens of each of `segments` (an article's paragraphs), their spellings numbered together, and the
    /// spellings added to the vocabulary's.
    static func tokenize(_ segments: [TextSegment], vocabulary: Vocabulary) -> (tokens: [Tokens], added: WordSpellings) {
        var numbering = WordNumbering(vocabulary, expectedSpellings: 0)   // a vocabulary that has read many lacks few
        var buffer = TokenBuffer()
        let lists = segments.map { tokens(of: $0.text, base: $0.range.lowerBound, into: &buffer, numbering: &numbering) }
        let words = numbering.words()
        return (lists.map { Tokens(list: $0, words: words) }, numbering.added)
    }

    private static func tokens(of text: String, base: Int, into buffer: inout TokenBuffer,
                               numbering: inout WordNumbering) -> [Token] {
        var utf8Text = text
        utf8Text.withUTF8 { TokenScanner(utf8: $0, base: base).tokens(into: &buffer, numbering: &numbering) }
        return buffer.take()
    }
}

/// Which scalars are quotation marks, apostrophes and dashes.
enum CharacterClass {
    @inline(__always)
    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}" || scalar == "\u{2032}"
    }

    @inline(__always)
    static func isQuoteMark(_ scalar: Unicode.Scalar) -> Bool {
        isDoubleMark(scalar) || isSingleMark(scalar) || scalar == "`"
    }

    @inline(__always)
    static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{2014}" || scalar == "\u{2013}" || scalar == "\u{2012}" || scalar == "\u{2015}"
    }

    /// " “ ” „ ‟ « » ″ ＂
    static func isDoubleMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x201C, 0x201D, 0x201E, 0x201F, 0xAB, 0xBB, 0x2033, 0xFF02: return true
        default: return false
        }
    }

    /// ' ‘ ’ ‚ ‛ ‹ › ′
    static func isSingleMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x27, 0x2018, 0x2019, 0x201A, 0x201B, 0x2039, 0x203A, 0x2032: return true
        default: return false
        }
    }

    /// Words that begin with an apostrophe standing for left-out letters.
    static let elisions: Set<String> = ["em", "tis", "twas", "til", "n", "cause", "bout", "round", "kay"]
}

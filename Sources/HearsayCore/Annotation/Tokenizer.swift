/// Splits a paragraph into tokens: words (with inner apostrophes, hyphens and abbreviation periods),
/// numbers, quotation marks, dashes and other punctuation.
enum Tokenizer {
    /// The tokens of `text`, a paragraph that starts at scalar offset `base` in the article text.
    static func tokenize(_ text: String, base: Int) -> [Token] {
        let source = ScalarText(text)
        let scalars = source.scalars
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if ScalarClass.isWhitespace(scalar) {
                index += 1
                continue
            }
            let end: Int
            let kind: Token.Kind
            if isWordScalar(scalar) || (CharacterClass.isApostrophe(scalar) && startsElision(scalars, at: index)) {
                end = wordEnd(scalars, from: index)
                kind = scalars[index..<end].contains(where: ScalarClass.isLetter) ? .word : .number
            } else if CharacterClass.isApostrophe(scalar), isPossessiveEnding(scalars, at: index) {
                end = index + 2
                kind = .possessive
            } else if CharacterClass.isQuoteMark(scalar) {
                end = (scalar == "`" || scalar == "'") && index + 1 < scalars.count && scalars[index + 1] == scalar
                    ? index + 2 : index + 1
                kind = .quoteMark
            } else if CharacterClass.isDash(scalar) || (scalar == "-" && isSpaced(scalars, at: index)) {
                var stop = index + 1
                while stop < scalars.count, CharacterClass.isDash(scalars[stop]) || scalars[stop] == "-" { stop += 1 }
                end = stop
                kind = .dash
            } else {
                end = index + 1
                kind = .punctuation
            }
            tokens.append(makeToken(source, index..<end, kind: kind, base: base))
            index = end
        }
        return tokens
    }

    private static func makeToken(_ source: ScalarText, _ range: Range<Int>, kind: Token.Kind, base: Int) -> Token {
        let scalars = source.scalars
        let text = source.string(range)
        let before = range.lowerBound == 0 || ScalarClass.isWhitespace(scalars[range.lowerBound - 1])
        let after = range.upperBound >= scalars.count || ScalarClass.isWhitespace(scalars[range.upperBound])
        var hasUpper = false, hasLower = false, hasHyphen = false, letters = 0
        for scalar in scalars[range] {
            if scalar == "-" { hasHyphen = true }
            guard ScalarClass.isLetter(scalar) else { continue }
            letters += 1
            if ScalarClass.isUppercase(scalar) { hasUpper = true } else if ScalarClass.isLowercase(scalar) { hasLower = true }
        }
        let isWord = kind == .word
        let firstUpper = isWord && ScalarClass.isUppercase(scalars[range.lowerBound])
        return Token(kind: kind, span: Span(base + range.lowerBound, base + range.upperBound), text: text,
                     lower: hasUpper ? text.lowercased() : text, spaceBefore: before, spaceAfter: after,
                     isCapitalized: firstUpper, isAllCaps: isWord && !hasLower && letters >= 2, hasHyphen: hasHyphen)
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool { ScalarClass.isWordScalar(scalar) }

    /// Where the word starting at `start` ends: inner apostrophes ("don't", "O'Brien"), hyphens ("al-Abadi"),
    /// periods between letters ("U.S."), decimal points and thousands separators ("1,200.5").
    private static func wordEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start + 1
        while index < scalars.count {
            let scalar = scalars[index]
            if isWordScalar(scalar) {
                index += 1
            } else if joinsWord(scalars, at: index) {
                index += 1
            } else {
                break
            }
        }
        if index < scalars.count, scalars[index] == ".", index - start >= 3, isInitialism(scalars, start..<index) { index += 1 }
        return index
    }

    /// Whether the joiner at `index` sits inside a word (letters or digits on both sides).
    private static func joinsWord(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index > 0, index + 1 < scalars.count else { return false }
        let scalar = scalars[index], previous = scalars[index - 1], next = scalars[index + 1]
        guard isWordScalar(previous), isWordScalar(next) else { return false }
        if CharacterClass.isApostrophe(scalar), isPossessiveEnding(scalars, at: index) { return false }
        if CharacterClass.isApostrophe(scalar) || scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}" { return true }
        if scalar == "." { return ScalarClass.isLetter(next) || (ScalarClass.isDigit(previous) && ScalarClass.isDigit(next)) }
        if scalar == "," || scalar == ":" { return ScalarClass.isDigit(previous) && ScalarClass.isDigit(next) }
        if scalar == "&" { return ScalarClass.isUppercase(previous) && ScalarClass.isUppercase(next) }
        return false
    }

    /// "'s" closing a word ("Syria's"), kept apart so that the word alone can be a name or a place.
    private static func isPossessiveEnding(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index > 0, index + 1 < scalars.count, isWordScalar(scalars[index - 1]),
              scalars[index + 1] == "s" || scalars[index + 1] == "S" else { return false }
        return index + 2 >= scalars.count || !isWordScalar(scalars[index + 2])
    }

    /// "U.S", "D.C", "a.m" take their closing period: single letters separated by periods.
    private static func isInitialism(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        let word = scalars[range]
        guard word.contains(".") else { return false }
        return word.split(separator: ".").allSatisfy { $0.count == 1 && $0.first.map(ScalarClass.isLetter) == true }
    }

    /// A leading apostrophe that belongs to the word: '90s, 'em, 'n', 'tis, 'til.
    private static func startsElision(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 1 < scalars.count, index == 0 || !isWordScalar(scalars[index - 1]) else { return false }
        var end = index + 1
        while end < scalars.count, isWordScalar(scalars[end]) { end += 1 }
        let word = String(String.UnicodeScalarView(scalars[(index + 1)..<end])).lowercased()
        if word.isEmpty { return false }
        if word.allSatisfy(\.isNumber) { return word.count == 2 }
        if word.hasSuffix("s"), word.dropLast().allSatisfy(\.isNumber), word.count == 3 { return true }
        return CharacterClass.elisions.contains(word)
    }

    private static func isSpaced(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let before = index == 0 || ScalarClass.isWhitespace(scalars[index - 1])
        let after = index + 1 >= scalars.count || ScalarClass.isWhitespace(scalars[index + 1]) || scalars[index + 1] == "-"
        return before && after
    }
}

/// Which scalars are quotation marks, apostrophes and dashes.
enum CharacterClass {
    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "\u{02BC}" || scalar == "\u{2032}"
    }

    static func isQuoteMark(_ scalar: Unicode.Scalar) -> Bool {
        doubleMarks.contains(scalar) || singleMarks.contains(scalar) || scalar == "`"
    }

    static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{2014}" || scalar == "\u{2013}" || scalar == "\u{2012}" || scalar == "\u{2015}"
    }

    static let doubleMarks: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}", "\u{2033}", "\u{FF02}"]
    static let singleMarks: Set<Unicode.Scalar> = ["'", "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2039}", "\u{203A}", "\u{2032}"]

    /// Words that begin with an apostrophe standing for left-out letters.
    static let elisions: Set<String> = ["em", "tis", "twas", "til", "n", "cause", "bout", "round", "kay"]
}

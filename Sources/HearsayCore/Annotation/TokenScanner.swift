/// One pass over a paragraph's scalars that cuts it into tokens (see `Tokenizer`). Token text is cut from the
/// UTF-8 bytes in one copy, and each token's word lists come from one table lookup on those bytes.
struct TokenScanner {
    let scalars: UnsafeBufferPointer<Unicode.Scalar>
    let utf8: UnsafeBufferPointer<UInt8>
    /// UTF-8 offset of each scalar and of the end; empty when the text is ASCII (offsets are indices).
    let byteOffsets: [Int32]
    let base: Int
    let words: WordTable

    /// Longest word lowered on the stack; longer ones go through `String.lowercased()`.
    private static let loweringLimit = 64

    mutating func tokens() -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if ScalarClass.isWhitespace(scalar) {
                index += 1
                continue
            }
            let (end, kind) = extent(at: index, scalar)
            tokens.append(makeToken(index..<end, kind: kind))
            index = end
        }
        return tokens
    }

    /// Where the token that starts at `index` ends, and what it is.
    @inline(__always)
    private func extent(at index: Int, _ scalar: Unicode.Scalar) -> (Int, Token.Kind) {
        if ScalarClass.isWordScalar(scalar) || (CharacterClass.isApostrophe(scalar) && startsElision(at: index)) {
            return (wordEnd(from: index), .word)   // a word without letters is a number: see makeToken
        }
        if CharacterClass.isApostrophe(scalar), isPossessiveEnding(at: index) { return (index + 2, .possessive) }
        if CharacterClass.isQuoteMark(scalar) {
            let doubled = (scalar == "`" || scalar == "'") && index + 1 < scalars.count && scalars[index + 1] == scalar
            return (doubled ? index + 2 : index + 1, .quoteMark)
        }
        if CharacterClass.isDash(scalar) || (scalar == "-" && isSpaced(at: index)) {
            var stop = index + 1
            while stop < scalars.count, CharacterClass.isDash(scalars[stop]) || scalars[stop] == "-" { stop += 1 }
            return (stop, .dash)
        }
        return (index + 1, .punctuation)
    }

    private func byteRange(_ range: Range<Int>) -> Range<Int> {
        byteOffsets.isEmpty ? range : Int(byteOffsets[range.lowerBound])..<Int(byteOffsets[range.upperBound])
    }

    private func makeToken(_ range: Range<Int>, kind: Token.Kind) -> Token {
        let bytes = UnsafeBufferPointer(rebasing: utf8[byteRange(range)])
        let known = words.lookup(bytes)
        let text = known?.text ?? String(decoding: bytes, as: UTF8.self)
        let before = range.lowerBound == 0 || ScalarClass.isWhitespace(scalars[range.lowerBound - 1])
        let after = range.upperBound >= scalars.count || ScalarClass.isWhitespace(scalars[range.upperBound])
        var hasUpper = false, hasLower = false, hasHyphen = false, letters = 0
        for index in range {
            let scalar = scalars[index]
            if scalar == "-" { hasHyphen = true }
            guard ScalarClass.isLetter(scalar) else { continue }
            letters += 1
            if ScalarClass.isUppercase(scalar) { hasUpper = true } else if ScalarClass.isLowercase(scalar) { hasLower = true }
        }
        let kind = kind == .word && letters == 0 ? .number : kind
        let isWord = kind == .word
        let written = known?.sets ?? []
        var lower = text, folded = written
        if hasUpper { (lower, folded) = lowered(text, bytes) }
        return Token(kind: kind, span: Span(base + range.lowerBound, base + range.upperBound), text: text, lower: lower,
                     spaceBefore: before, spaceAfter: after, isCapitalized: isWord && ScalarClass.isUppercase(scalars[range.lowerBound]),
                     isAllCaps: isWord && !hasLower && letters >= 2, hasHyphen: hasHyphen, written: written, folded: folded)
    }

    /// The text in lower case and its word lists; ASCII is lowered on the stack.
    private func lowered(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> (String, WordSet) {
        guard bytes.count <= Self.loweringLimit, bytes.allSatisfy({ $0 < 0x80 }) else {
            let lower = text.lowercased()
            return (lower, words.sets(of: lower))
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
            for (offset, byte) in bytes.enumerated() { buffer[offset] = byte &- 0x41 < 26 ? byte | 0x20 : byte }
            let lower = UnsafeBufferPointer(buffer)
            guard let known = words.lookup(lower) else { return (String(decoding: lower, as: UTF8.self), []) }
            return (known.text, known.sets)
        }
    }

    @inline(__always)
    private func isWordScalar(_ scalar: Unicode.Scalar) -> Bool { ScalarClass.isWordScalar(scalar) }

    /// Where the word starting at `start` ends: inner apostrophes ("don't", "O'Brien"), hyphens ("al-Abadi"),
    /// periods between letters ("U.S."), decimal points and thousands separators ("1,200.5").
    private func wordEnd(from start: Int) -> Int {
        var index = start + 1
        while index < scalars.count {
            let scalar = scalars[index]
            guard isWordScalar(scalar) || (Self.mayJoin(scalar) && joinsWord(at: index)) else { break }
            index += 1
        }
        if index < scalars.count, scalars[index] == ".", index - start >= 3, isInitialism(start..<index) { index += 1 }
        return index
    }

    /// The scalars `joinsWord` may accept: apostrophes, hyphens, periods, commas, colons, ampersands.
    @inline(__always)
    private static func mayJoin(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x26, 0x27, 0x2C, 0x2D, 0x2E, 0x3A, 0x2BC, 0x2010, 0x2011, 0x2019, 0x2032: return true
        default: return false
        }
    }

    /// Whether the joiner at `index` sits inside a word (letters or digits on both sides).
    private func joinsWord(at index: Int) -> Bool {
        guard index > 0, index + 1 < scalars.count else { return false }
        let scalar = scalars[index], previous = scalars[index - 1], next = scalars[index + 1]
        guard isWordScalar(previous), isWordScalar(next) else { return false }
        if CharacterClass.isApostrophe(scalar), isPossessiveEnding(at: index) { return false }
        if CharacterClass.isApostrophe(scalar) || scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}" { return true }
        if scalar == "." { return ScalarClass.isLetter(next) || (ScalarClass.isDigit(previous) && ScalarClass.isDigit(next)) }
        if scalar == "," || scalar == ":" { return ScalarClass.isDigit(previous) && ScalarClass.isDigit(next) }
        if scalar == "&" { return ScalarClass.isUppercase(previous) && ScalarClass.isUppercase(next) }
        return false
    }

    /// "'s" closing a word ("Syria's"), kept apart so that the word alone can be a name or a place.
    private func isPossessiveEnding(at index: Int) -> Bool {
        guard index > 0, index + 1 < scalars.count, isWordScalar(scalars[index - 1]),
              scalars[index + 1] == "s" || scalars[index + 1] == "S" else { return false }
        return index + 2 >= scalars.count || !isWordScalar(scalars[index + 2])
    }

    /// "U.S", "D.C", "a.m" take their closing period: single letters separated by periods.
    private func isInitialism(_ range: Range<Int>) -> Bool {
        let word = scalars[range]
        guard word.contains(".") else { return false }
        return word.split(separator: ".").allSatisfy { $0.count == 1 && $0.first.map(ScalarClass.isLetter) == true }
    }

    /// A leading apostrophe that belongs to the word: '90s, 'em, 'n', 'tis, 'til.
    private func startsElision(at index: Int) -> Bool {
        guard index + 1 < scalars.count, index == 0 || !isWordScalar(scalars[index - 1]) else { return false }
        var end = index + 1
        while end < scalars.count, isWordScalar(scalars[end]) { end += 1 }
        let word = String(String.UnicodeScalarView(scalars[(index + 1)..<end])).lowercased()
        if word.isEmpty { return false }
        if word.allSatisfy(\.isNumber) { return word.count == 2 }
        if word.hasSuffix("s"), word.dropLast().allSatisfy(\.isNumber), word.count == 3 { return true }
        return CharacterClass.elisions.contains(word)
    }

    private func isSpaced(at index: Int) -> Bool {
        let before = index == 0 || ScalarClass.isWhitespace(scalars[index - 1])
        let after = index + 1 >= scalars.count || ScalarClass.isWhitespace(scalars[index + 1]) || scalars[index + 1] == "-"
        return before && after
    }
}

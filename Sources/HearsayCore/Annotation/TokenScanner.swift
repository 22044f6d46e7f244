/// One pass over a paragraph's UTF-8 bytes that cuts it into tokens (see `Tokenizer`). Positions are byte
/// indices; scalars are decoded where they are looked at (one byte for ASCII), and scalar offsets for spans are
/// counted as the scan goes. Each token's spelling, word lists and shape come from one lookup on its bytes.
struct TokenScanner {
    let utf8: UnsafeBufferPointer<UInt8>
    let base: Int

    /// Writes the tokens, in order, to `tokens`, their spellings numbered by `numbering`.
    func tokens(into tokens: inout TokenBuffer, numbering: inout WordNumbering) {
        var index = 0, scalarIndex = 0, spaceBefore = true
        while index < utf8.count {
            let scalar = self.scalar(at: index)
            if ScalarClass.isWhitespace(scalar) {
                index = after(index)
                scalarIndex += 1
                spaceBefore = true
                continue
            }
            let (end, kind) = extent(at: index, scalar)
            if !spaceBefore { tokens.joinLast() }
            scalarIndex += appendToken(index..<end, firstScalar: scalarIndex, kind: kind, spaceBefore: spaceBefore,
                                       to: &tokens, numbering: &numbering)
            index = end
            spaceBefore = false
        }
    }

    /// The texts of the tokens, in order: how the text splits into tokens, without numbering their spellings.
    func texts() -> [String] {
        var texts: [String] = []
        var index = 0
        while index < utf8.count {
            let scalar = self.scalar(at: index)
            guard !ScalarClass.isWhitespace(scalar) else {
                index = after(index)
                continue
            }
            let end = extent(at: index, scalar).0
            texts.append(String(decoding: UnsafeBufferPointer(rebasing: utf8[index..<end]), as: UTF8.self))
            index = end
        }
        return texts
    }

    // MARK: Moving over UTF-8

    /// The scalar whose first byte is at `index` (the text is valid UTF-8: it comes from a String).
    @inline(__always)
    private func scalar(at index: Int) -> Unicode.Scalar { UTF8Bytes.scalar(in: utf8, at: index) }

    /// The first byte of the scalar after the one at `index`.
    @inline(__always)
    private func after(_ index: Int) -> Int { min(utf8.count, index + UTF8Bytes.width(utf8[index])) }

    /// The first byte of the scalar before the one at `index` (which is > 0).
    @inline(__always)
    private func before(_ index: Int) -> Int { UTF8Bytes.start(in: utf8, before: index) }

    @inline(__always)
    private func scalarCount(_ bytes: Range<Int>) -> Int {
        var count = 0
        for index in bytes where !UTF8Bytes.isContinuation(utf8[index]) { count += 1 }
        return count
    }

    // MARK: Tokens

    /// Where the token that starts at `index` ends, and what it is.
    @inline(__always)
    private func extent(at index: Int, _ scalar: Unicode.Scalar) -> (Int, Token.Kind) {
        if ScalarClass.isWordScalar(scalar) || (CharacterClass.isApostrophe(scalar) && startsElision(at: index)) {
            return (wordEnd(from: index), .word)   // a word without letters is a number: see appendToken
        }
        let next = after(index)
        if CharacterClass.isApostrophe(scalar), isPossessiveEnding(at: index) { return (after(next), .possessive) }
        if CharacterClass.isQuoteMark(scalar) {
            let doubled = (scalar == "`" || scalar == "'") && next < utf8.count && self.scalar(at: next) == scalar
            return (doubled ? after(next) : next, .quoteMark)
        }
        if CharacterClass.isDash(scalar) || (scalar == "-" && isSpaced(at: index)) {
            var stop = next
            while stop < utf8.count, CharacterClass.isDash(self.scalar(at: stop)) || utf8[stop] == UInt8(ascii: "-") { stop = after(stop) }
            return (stop, .dash)
        }
        return (next, .punctuation)
    }

    /// Appends the token at bytes `range`, whose first scalar is the paragraph's `firstScalar`-th, to `tokens`;
    /// its length in scalars. `spaceBefore` tells whether white space or the paragraph start comes right before it;
    /// `spaceAfter` is taken to be true until the next token shows otherwise (see `TokenBuffer.joinLast()`).
    /// (The token is built where it is stored: handing it back through memory made each token wait on a store.)
    @inline(__always)
    private func appendToken(_ range: Range<Int>, firstScalar: Int, kind: Token.Kind, spaceBefore: Bool,
                             to tokens: inout TokenBuffer, numbering: inout WordNumbering) -> Int {
        let (number, facts) = numbering.spelling(UnsafeBufferPointer(rebasing: utf8[range]), readable: utf8.count - range.lowerBound)
        let kind = kind == .word && facts.letters == 0 ? .number : kind
        let isWord = kind == .word, count = Int(facts.scalars)
        tokens.append(Token(span: Span(base + firstScalar, base + firstScalar + count), written: facts.written,
                            folded: facts.folded, word: number, lowerWord: facts.lower, kind: kind, spaceBefore: spaceBefore,
                            spaceAfter: true, isCapitalized: isWord && facts.startsUpper,
                            isAllCaps: isWord && !facts.hasLower && facts.letters >= 2, hasHyphen: facts.hasHyphen,
                            endsWithPeriod: facts.endsWithPeriod, names: facts.names))
        return count
    }

    // MARK: Words

    @inline(__always)
    private func isWordScalar(_ scalar: Unicode.Scalar) -> Bool { ScalarClass.isWordScalar(scalar) }

    /// Where the word starting at `start` ends: inner apostrophes ("don't", "O'Brien"), hyphens ("al-Abadi"),
    /// periods between letters ("U.S."), decimal points and thousands separators ("1,200.5").
    ///
    /// Most words are a run of ASCII letters and digits followed by a byte that joins nothing (a space, a quotation
    /// mark): their end is found here, without a call; the others go on in `wordEnd(continuingAt:from:)`.
    @inline(__always)
    private func wordEnd(from start: Int) -> Int {
        let index = ASCIIWordRun.end(in: utf8, from: after(start))
        if index < utf8.count, Self.endsEveryWord(utf8[index]) { return index }
        return wordEnd(continuingAt: index, from: start)
    }

    /// Whether `byte` ends any word it follows: an ASCII byte that is no letter or digit and joins nothing (see
    /// `mayJoin`), so that the loop of `wordEnd(continuingAt:from:)` would stop at it and no period follows.
    @inline(__always)
    private static func endsEveryWord(_ byte: UInt8) -> Bool {
        byte < 0x80 && !ScalarClass.isASCIIWordByte(byte) && !mayJoin(Unicode.Scalar(byte))
    }

    /// `wordEnd(from: start)` for a word whose bytes from `start` to `index` are its own.
    private func wordEnd(continuingAt index: Int, from start: Int) -> Int {
        var index = index
        while index < utf8.count {
            let byte = utf8[index]
            if byte < 0x80 {
                if ScalarClass.isASCIIWordByte(byte) {   // most of a word: letters and digits of ASCII
                    index += 1
                    continue
                }
                if !Self.mayJoin(Unicode.Scalar(byte)) { break }   // a space, most punctuation
            }
            let scalar = self.scalar(at: index)
            guard isWordScalar(scalar) || (Self.mayJoin(scalar) && joinsWord(at: index)) else { break }
            index = after(index)
        }
        if index < utf8.count, utf8[index] == UInt8(ascii: "."), scalarCount(start..<index) >= 3, isInitialism(start..<index) {
            index += 1
        }
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
        guard index > 0, after(index) < utf8.count else { return false }
        let scalar = self.scalar(at: index), previous = self.scalar(at: before(index)), next = self.scalar(at: after(index))
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
        let next = after(index)
        guard index > 0, next < utf8.count, isWordScalar(scalar(at: before(index))),
              utf8[next] == UInt8(ascii: "s") || utf8[next] == UInt8(ascii: "S") else { return false }
        let third = after(next)
        return third >= utf8.count || !isWordScalar(scalar(at: third))
    }

    /// "U.S", "D.C", "a.m" take their closing period: single letters separated by periods
    /// (empty pieces between periods are passed over, as `split` passes them over).
    private func isInitialism(_ range: Range<Int>) -> Bool {
        // It needs a period inside: most words before a sentence's period have none, and are ruled out by their bytes.
        guard UnsafeBufferPointer(rebasing: utf8[range]).contains(UInt8(ascii: ".")) else { return false }
        var index = range.lowerBound, sawPeriod = false, piece = 0, pieceIsLetter = false
        while index < range.upperBound {
            let scalar = self.scalar(at: index)
            index = after(index)
            if scalar == "." {
                sawPeriod = true
                if piece > 0 {
                    guard piece == 1, pieceIsLetter else { return false }
                    piece = 0
                }
            } else {
                if piece == 0 { pieceIsLetter = ScalarClass.isLetter(scalar) }
                piece += 1
            }
        }
        return sawPeriod && (piece == 0 || (piece == 1 && pieceIsLetter))
    }

    /// A leading apostrophe that belongs to the word: '90s, 'em, 'n', 'tis, 'til.
    private func startsElision(at index: Int) -> Bool {
        let first = after(index)
        guard first < utf8.count, index == 0 || !isWordScalar(scalar(at: before(index))) else { return false }
        var end = first
        while end < utf8.count, isWordScalar(scalar(at: end)) { end = after(end) }
        let word = String(decoding: UnsafeBufferPointer(rebasing: utf8[first..<end]), as: UTF8.self).lowercased()
        if word.isEmpty { return false }
        if word.allSatisfy(\.isNumber) { return word.count == 2 }
        if word.hasSuffix("s"), word.dropLast().allSatisfy(\.isNumber), word.count == 3 { return true }
        return CharacterClass.elisions.contains(word)
    }

    private func isSpaced(at index: Int) -> Bool {
        let next = after(index)
        let spaceBefore = index == 0 || ScalarClass.isWhitespace(scalar(at: before(index)))
        let spaceAfter = next >= utf8.count || ScalarClass.isWhitespace(scalar(at: next)) || utf8[next] == UInt8(ascii: "-")
        return spaceBefore && spaceAfter
    }
}

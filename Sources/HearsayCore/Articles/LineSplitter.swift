/// Cuts UTF-8 text into its non-blank lines, trimmed, with scalar ranges; one pass over the bytes.
///
/// The bytes must be well-formed UTF-8 (a String's): scalars are counted as the bytes that start one, eight bytes
/// at a time where none of them can start a line break, and each line's text is copied without being checked again.
struct LineSplitter {
    let bytes: UnsafeBufferPointer<UInt8>

    /// Where the scan is: the byte and scalar offsets reached, where the current line began, and whether it has a
    /// byte beyond ASCII so far.
    private struct Position {
        var byte = 0, scalar = 0
        var lineStartByte = 0, lineStartScalar = 0
        var lineHasNonASCII = false
    }

    /// The lines that hold something other than blanks, trimmed, each with its scalar range, in order.
    func lines() -> [TextSegment] {
        var segments: [TextSegment] = []
        segments.reserveCapacity(bytes.count / Self.shortLineLength + 1)
        var at = Position()
        while at.byte < bytes.count {
            if at.byte + ByteWord.width <= bytes.count, skipPlainBytes(&at) { continue }
            let breakLength = lineBreakLength(at: at.byte)
            if breakLength > 0 {
                if let segment = trimmed(at) { segments.append(segment) }
                let isCRLF = bytes[at.byte] == 0x0D && at.byte + 1 < bytes.count && bytes[at.byte + 1] == 0x0A
                at.byte += isCRLF ? 2 : breakLength
                at.scalar += isCRLF ? 2 : 1
                at.lineStartByte = at.byte
                at.lineStartScalar = at.scalar
                at.lineHasNonASCII = false
                continue
            }
            let byte = bytes[at.byte]
            if byte >= 0x80 { at.lineHasNonASCII = true }
            if !UTF8Bytes.isContinuation(byte) { at.scalar += 1 }
            at.byte += 1
        }
        if let segment = trimmed(at) { segments.append(segment) }
        return segments
    }

    /// Moves past the eight bytes at `at.byte`, or the ones before the first that may start a line break (a control
    /// character, or the lead byte 0xC2 of U+0085 or 0xE2 of U+2028 and U+2029): true when it moved past all eight.
    @inline(__always)
    private func skipPlainBytes(_ at: inout Position) -> Bool {
        let word = ByteWord(bytes, at: at.byte)
        if word.isPrintableASCII {
            at.byte += ByteWord.width
            at.scalar += ByteWord.width
            return true
        }
        let mayBreak = word.below(0x20) | word.equal(toEitherCaseOf: 0xE2)
        let plain = mayBreak == 0 ? ByteWord.width : ByteWord.firstByte(of: mayBreak)
        let kept = plain == ByteWord.width ? UInt64.max : ByteWord.first(plain)
        let nonASCII = word.nonASCII & kept
        if nonASCII != 0 { at.lineHasNonASCII = true }
        at.scalar += plain - ByteWord.count(of: word.continuations & kept)
        at.byte += plain
        return plain == ByteWord.width
    }

    /// Fewer bytes than most news paragraphs: room is made for a line per so many bytes, so that the array of lines
    /// is seldom grown.
    private static let shortLineLength = 96

    /// The byte length of a line break at `index` (\n, \r, \v, \f, U+0085, U+2028, U+2029), or 0.
    private func lineBreakLength(at index: Int) -> Int {
        switch bytes[index] {
        case 0x0A, 0x0B, 0x0C, 0x0D: return 1
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85: return 2
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
            return 3
        default: return 0
        }
    }

    /// The line that ends at `at`, without leading and trailing blanks (white space, byte-order marks), or nil when
    /// blank.
    private func trimmed(_ at: Position) -> TextSegment? {
        var start = at.lineStartByte, end = at.byte, cutBefore = 0, cutAfter = 0
        while start < end, ArticleParser.isBlank(UTF8Bytes.scalar(in: bytes, at: start)) {
            start += UTF8Bytes.width(bytes[start])
            cutBefore += 1
        }
        while end > start {
            let last = UTF8Bytes.start(in: bytes, before: end)
            guard ArticleParser.isBlank(UTF8Bytes.scalar(in: bytes, at: last)) else { break }
            end = last
            cutAfter += 1
        }
        guard start < end else { return nil }
        let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let isASCII = !at.lineHasNonASCII || line.allSatisfy { $0 < 0x80 }
        return TextSegment(range: (at.lineStartScalar + cutBefore)..<(at.scalar - cutAfter),
                           text: String(trustedUTF8: line, isASCII: isASCII))
    }
}

/// Cuts UTF-8 text into its non-blank lines, trimmed, with scalar ranges; one pass over the bytes.
struct LineSplitter {
    let bytes: UnsafeBufferPointer<UInt8>

    func lines() -> [TextSegment] {
        var segments: [TextSegment] = []
        var lineStartByte = 0, lineStartScalar = 0
        var byte = 0, scalar = 0
        while byte < bytes.count {
            if bytes[byte] &- 0x20 < 0x60 {   // printable ASCII: one scalar, never a break
                byte += 1
                scalar += 1
                continue
            }
            let breakLength = lineBreakLength(at: byte)
            if breakLength > 0 {
                if let segment = trimmed(lineStartByte..<byte, scalars: lineStartScalar..<scalar) { segments.append(segment) }
                let isCRLF = bytes[byte] == 0x0D && byte + 1 < bytes.count && bytes[byte + 1] == 0x0A
                let consumed = isCRLF ? 2 : breakLength
                byte += consumed
                scalar += isCRLF ? 2 : 1
                lineStartByte = byte
                lineStartScalar = scalar
                continue
            }
            byte += 1
            if byte >= bytes.count || !UTF8Bytes.isContinuation(bytes[byte]) { scalar += 1 }
        }
        if let segment = trimmed(lineStartByte..<bytes.count, scalars: lineStartScalar..<scalar) { segments.append(segment) }
        return segments
    }

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

    /// The line at bytes `range` and scalar offsets `scalars`, without leading and trailing blanks (white space,
    /// byte-order marks), or nil when blank.
    private func trimmed(_ range: Range<Int>, scalars: Range<Int>) -> TextSegment? {
        var start = range.lowerBound, end = range.upperBound, cutBefore = 0, cutAfter = 0
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
        let leading = scalars.lowerBound + cutBefore
        return TextSegment(range: leading..<(scalars.upperBound - cutAfter),
                           text: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
    }
}

/// Cuts UTF-8 text into its non-blank lines, trimmed, with scalar ranges; one pass over the bytes.
struct LineSplitter {
    let bytes: UnsafeBufferPointer<UInt8>

    func lines() -> [TextSegment] {
        var segments: [TextSegment] = []
        var lineStartByte = 0, lineStartScalar = 0
        var byte = 0, scalar = 0
        while byte < bytes.count {
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
            if byte >= bytes.count || bytes[byte] & 0xC0 != 0x80 { scalar += 1 }
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
        let firstScalar = scalars.lowerBound
        guard !range.isEmpty else { return nil }
        var start = range.lowerBound, end = range.upperBound
        while start < end, Self.isASCIIBlank(bytes[start]) { start += 1 }
        while end > start, Self.isASCIIBlank(bytes[end - 1]) { end -= 1 }
        guard start < end else { return nil }
        // Blanks beyond ASCII (a byte-order mark, a no-break space) at either end: the careful way.
        if bytes[start] >= 0x80 || bytes[end - 1] >= 0x80 {
            return trimmedUnicode(range, firstScalar: firstScalar)
        }
        let kept = UnsafeBufferPointer(rebasing: bytes[start..<end])
        // Only ASCII blanks were cut here, a scalar a byte.
        let count = scalars.count - (start - range.lowerBound) - (range.upperBound - end)
        let leading = firstScalar + (start - range.lowerBound)
        return TextSegment(range: leading..<(leading + count), text: String(decoding: kept, as: UTF8.self))
    }

    private static func isASCIIBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    private func trimmedUnicode(_ range: Range<Int>, firstScalar: Int) -> TextSegment? {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !ArticleParser.isBlank($0) }),
              let last = scalars.lastIndex(where: { !ArticleParser.isBlank($0) }) else { return nil }
        let leading = scalars.distance(from: scalars.startIndex, to: first)
        let kept = String(scalars[first...last])
        let count = kept.unicodeScalars.count
        return TextSegment(range: (firstScalar + leading)..<(firstScalar + leading + count), text: kept)
    }
}

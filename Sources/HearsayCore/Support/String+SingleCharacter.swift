extension String {
    /// `count == 1`, told from the byte count for ASCII: one byte is one character, and more ASCII bytes are more
    /// than one (but for "\r\n", one grapheme); only other strings are counted by grapheme breaking.
    var isSingleCharacter: Bool {
        let bytes = utf8.count
        if bytes == 1 { return true }
        let isASCII = utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } } ?? false
        if isASCII { return self == "\r\n" }
        return count == 1
    }
}

extension Tokens {
    /// The text of token `index` as a name is usually written when the token is in capitals ("NEW" → "New",
    /// "AL-ARISH" → "Al-Arish"), so that datelines match the gazetteer; other tokens, and capitals with a period
    /// ("U.S."), keep their text.
    func titleCased(_ index: Int) -> String {
        let text = self.text(index)
        guard self[index].isAllCaps else { return text }
        guard text.utf8.count == self[index].span.length else { return text.contains(".") ? text : Self.titleCasedPieces(text) }
        if text.utf8.contains(UInt8(ascii: ".")) { return text }
        // ASCII: each hyphen-separated piece keeps its first byte and lowers the rest, on the stack.
        let utf8 = text.utf8
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var previous = UInt8(ascii: "-")
            for (offset, byte) in utf8.enumerated() {
                buffer[offset] = previous == UInt8(ascii: "-") || byte &- 0x41 >= 26 ? byte : byte | 0x20
                previous = byte
            }
            return utf8.count
        }
    }

    /// Each hyphen-separated piece with its first character as written and the rest in lower case.
    private static func titleCasedPieces(_ text: String) -> String {
        text.split(separator: "-", omittingEmptySubsequences: false)
            .map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: "-")
    }
}

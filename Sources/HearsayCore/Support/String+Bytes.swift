/// Byte-level helpers on String used across the annotator: joining pieces, literal equality, byte search.
extension String {
    /// `count` pieces one after another, with a space before piece i > 0 when `spaceBefore(i)`: their bytes
    /// written straight into one string (a small one when short), not appended piece by piece.
    init(joining count: Int, piece: (Int) -> String, spaceBefore: (Int) -> Bool) {
        var length = 0
        for index in 0..<count { length += piece(index).utf8.count + (index > 0 && spaceBefore(index) ? 1 : 0) }
        self.init(unsafeUninitializedCapacity: length) { buffer in
            var written = 0
            for index in 0..<count {
                if index > 0, spaceBefore(index) {
                    buffer[written] = UInt8(ascii: " ")
                    written += 1
                }
                written += UnsafeMutableBufferPointer(rebasing: buffer[written...]).initialize(from: piece(index).utf8).1
            }
            return written
        }
    }

    /// `self == literal` for a `literal` of ASCII letters, digits or punctuation other than `K`, `;` and `` ` ``,
    /// which only strings of the same bytes equal (`K` also equals KELVIN SIGN, `;` GREEK QUESTION MARK and
    /// `` ` `` GREEK VARIA, as Strings compare): the stored lengths are compared first, and most differ.
    @inline(__always)
    func equals(_ literal: String) -> Bool {
        utf8.count == literal.utf8.count && self == literal
    }

    /// Whether the string's UTF-8 has `byte`: its contiguous bytes are searched, not a generic view.
    func containsByte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
    }

    /// The string without one trailing `suffix`, if it has one.
    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) && count > suffix.count ? String(dropLast(suffix.count)) : self
    }
}

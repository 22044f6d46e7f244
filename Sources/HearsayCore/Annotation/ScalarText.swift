/// A paragraph as Unicode scalars, with the UTF-8 offset of each, so that token strings are cut
/// from the UTF-8 bytes in one copy instead of being built scalar by scalar.
struct ScalarText {
    let scalars: [Unicode.Scalar]
    private let utf8: [UInt8]
    /// UTF-8 offset of each scalar, plus the end.
    private let byteOffsets: [Int32]

    init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int32] = []
        scalars.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        var byte: Int32 = 0
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            offsets.append(byte)
            byte += Int32(UTF8.width(scalar))
        }
        offsets.append(byte)
        self.scalars = scalars
        self.utf8 = Array(text.utf8)
        self.byteOffsets = offsets
    }

    /// The text of scalars `range`.
    func string(_ range: Range<Int>) -> String {
        let start = Int(byteOffsets[range.lowerBound]), end = Int(byteOffsets[range.upperBound])
        return utf8.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }
}

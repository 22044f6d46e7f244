/// Runs of ASCII letters and digits — most of every word — found eight bytes at a time (see `ByteWord`).
enum ASCIIWordRun {
    /// The first index from `start` whose byte is not an ASCII letter or digit, or the first of the last bytes
    /// (fewer than eight) that were not read; the caller goes on byte by byte from there.
    @inline(__always)
    static func end(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index + ByteWord.width <= bytes.count {
            let run = ByteWord.leadingRun(of: ByteWord(bytes, at: index).asciiAlphanumerics)
            index += run
            if run < ByteWord.width { break }
        }
        return index
    }
}

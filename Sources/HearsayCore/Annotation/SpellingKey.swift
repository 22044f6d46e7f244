/// A spelling's UTF-8 bytes reduced for the vocabulary's byte-keyed table (`WordSpellings`): a hash, and the
/// first eight bytes packed into a word, so that keys of eight bytes or fewer compare by it and their length alone.
struct SpellingKey {
    let hash: UInt64
    let prefix: UInt64

    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    private static let wordSize = MemoryLayout<UInt64>.size

    /// The key of `bytes`: packed eight at a time, little end first, and mixed by multiplication.
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.init(bytes, readable: bytes.count)
    }

    /// The key of `bytes`, which may be read on to `readable` bytes from their start (a token inside its paragraph):
    /// the last word is then loaded whole and masked instead of packed byte by byte.
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>, readable: Int) {
        if bytes.count <= Self.wordSize, readable >= Self.wordSize, let base = bytes.baseAddress {   // most words
            let word = UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(as: UInt64.self))
            let tail = bytes.count == Self.wordSize ? word : word & ((1 &<< UInt64(truncatingIfNeeded: 8 &* bytes.count)) &- 1)
            let start = UInt64(bytes.count) &* Self.multiplier
            let hash = bytes.count == Self.wordSize ? (start ^ tail) &* Self.multiplier : start
            self.hash = ((((hash ^ (bytes.count == Self.wordSize ? 0 : tail)) &* Self.multiplier) ^ (hash &>> 31))) &* Self.multiplier
            self.prefix = tail
            return
        }
        let raw = UnsafeRawBufferPointer(bytes)
        var hash = UInt64(bytes.count) &* Self.multiplier, prefix: UInt64 = 0, offset = 0
        while offset + Self.wordSize <= bytes.count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            if offset == 0 { prefix = word }
            hash = (hash ^ word) &* Self.multiplier
            offset += Self.wordSize
        }
        let tail = Self.tail(bytes, from: offset, readable: readable)
        if bytes.count < Self.wordSize { prefix = tail }
        hash = ((hash ^ tail) &* Self.multiplier) ^ (hash >> 31)
        self.hash = hash &* Self.multiplier
        self.prefix = prefix
    }

    /// The bytes of `bytes` from `offset` on (fewer than eight) packed into a word, zeros above them.
    @inline(__always)
    private static func tail(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int, readable: Int) -> UInt64 {
        let count = bytes.count - offset
        guard count > 0 else { return 0 }
        guard let base = bytes.baseAddress, offset + wordSize <= readable else {
            var word: UInt64 = 0
            for index in 0..<count { word |= UInt64(bytes[offset + index]) &<< UInt64(8 * index) }
            return word
        }
        let word = UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
        return word & ((1 << UInt64(8 * count)) - 1)
    }

    /// Whether `keys[start...]` begins with `bytes`.
    @inline(__always)
    static func equal(_ keys: UnsafeBufferPointer<UInt8>, from start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for offset in 0..<bytes.count where keys[start + offset] != bytes[offset] { return false }
        return true
    }
}

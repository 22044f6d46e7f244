/// The byte lengths of the lower-case keys a `PersonRegistry` holds, so that a name of ASCII letters is known to
/// equal none of them without being lower-cased: its lower case has its length, and two ASCII strings are equal
/// (`String ==`) only when their bytes are. A name beyond ASCII equals none of ASCII keys unless it has an ASCII
/// form (`ASCIIEquivalent`): no other scalar lower-cases to ASCII or to a scalar equal to ASCII. A key beyond ASCII
/// turns the filter off.
struct LowerKeyFilter: Sendable {
    /// Bit `n % 64` set for each ASCII key of `n` bytes.
    private var lengths: UInt64 = 0
    /// Whether every key added is ASCII, so that `lengths` tells them all.
    private var isASCIIOnly = true
    /// Whether no key is added (most registries keep none in lower case).
    private(set) var isEmpty = true
    /// Bits in `lengths`.
    private static let lengthBits = UInt64.bitWidth

    /// Notes a lower-case key.
    mutating func add(_ key: String) {
        isEmpty = false
        guard let length = Self.asciiLength(key) else {
            isASCIIOnly = false
            return
        }
        lengths |= Self.bit(length)
    }

    /// Whether `string.lowercased()` may equal a key added: false only when it can be told without lower-casing.
    func mayHold(lowercaseOf string: String) -> Bool {
        guard isASCIIOnly else { return true }
        guard let length = Self.asciiLength(string) else { return ASCIIEquivalent.of(string) != nil }
        return lengths & Self.bit(length) != 0
    }

    private static func bit(_ length: Int) -> UInt64 {
        1 << UInt64(length % lengthBits)
    }

    /// The string's byte count when its bytes are all ASCII (its lower case is then ASCII of as many bytes), nil otherwise.
    private static func asciiLength(_ string: String) -> Int? {
        let utf8 = string.utf8
        let isASCII = utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy { $0 < 0x80 } }
            ?? utf8.allSatisfy { $0 < 0x80 }
        return isASCII ? utf8.count : nil
    }
}

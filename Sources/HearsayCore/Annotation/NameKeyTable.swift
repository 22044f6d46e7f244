/// Strings numbered in the order they were first added, found as `String ==` finds them: the names and keys
/// of `PersonRegistry`, in one open-addressing table. ASCII strings — most — are hashed by `WordHash`,
/// without a `Hasher`; others by `hashValue`, which agrees with `String ==` (canonical equivalence).
struct NameKeyTable: Sendable {
    /// Per slot: the high 32 bits of a string's hash and its number + 1 in the low 32; 0 marks an empty slot.
    /// The count is a power of two; the slot a string probes from comes from the high bits, so that the table
    /// grows without hashing its strings again.
    private var slots: [UInt64] = []
    /// String i, as added.
    private var strings: [String] = []

    /// Slots a table starts with: room for the names of most articles.
    private static let initialCapacity = 64
    /// The high 32 bits of a slot: those of its string's hash.
    private static let hashMask: UInt64 = 0xFFFF_FFFF_0000_0000
    /// The low 32 bits of a slot: its string's number + 1.
    private static let numberMask: UInt64 = 0xFFFF_FFFF

    /// The number of the string equal to `string`, if there is one.
    func number(of string: String) -> Int? {
        find(string, hash: Self.hash(string)).number
    }

    /// `number(of: string)` for a string whose `hash` is already made.
    func number(of string: String, hash: UInt64) -> Int? {
        find(string, hash: hash).number
    }

    /// The number of the string equal to `string`, adding it as the next number when there is none.
    mutating func add(_ string: String) -> (number: Int, isNew: Bool) {
        add(string, hash: Self.hash(string))
    }

    /// `add(string)` for a string whose `hash` is already made.
    mutating func add(_ string: String, hash: UInt64) -> (number: Int, isNew: Bool) {
        if slots.isEmpty {
            grow()
            strings.reserveCapacity(Self.initialCapacity / 2)
        }
        let (number, slot) = find(string, hash: hash)
        if let number { return (number, false) }
        slots[slot] = hash & Self.hashMask | UInt64(strings.count + 1)
        strings.append(string)
        if strings.count * 2 > slots.count { grow() }
        return (strings.count - 1, true)
    }

    /// The number of the string equal to `string` (hashing to `hash`), or the empty slot it would take.
    private func find(_ string: String, hash: UInt64) -> (number: Int?, slot: Int) {
        guard !slots.isEmpty else { return (nil, 0) }
        let mask = slots.count - 1
        var slot = Self.slot(hash, mask)
        while slots[slot] != 0 {
            let found = slots[slot]
            if found & Self.hashMask == hash & Self.hashMask, strings[Int(found & Self.numberMask) - 1] == string {
                return (Int(found & Self.numberMask) - 1, slot)
            }
            slot = (slot + 1) & mask
        }
        return (nil, slot)
    }

    /// Twice the slots (or the first ones), every string put back by the hash kept in its slot.
    private mutating func grow() {
        let old = slots
        let capacity = max(Self.initialCapacity, old.count * 2)
        slots = [UInt64](repeating: 0, count: capacity)
        for value in old where value != 0 {
            var slot = Self.slot(value, capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = value
        }
    }

    @inline(__always)
    private static func slot(_ hash: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: hash >> 32) & mask
    }

    /// The hash a string is found by: the `WordHash` of its ASCII form, the `hashValue` of other strings. Equal
    /// strings (`String ==`) have equal hashes, so one made for a string serves any string equal to it.
    static func hash(_ string: String) -> UInt64 {
        WordHash.asciiForm(string) ?? UInt64(truncatingIfNeeded: string.hashValue)
    }
}

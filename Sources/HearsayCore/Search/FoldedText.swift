/// An article's text folded for comparison, with the scalar offset of every folded unit and, for each ASCII
/// unit, the positions where it occurs (a counting sort of the positions by unit: one array, in order) and the
/// unit that follows each of them.
///
/// Candidates are checked against a copy of the units as bytes (a quarter of the memory to read), and filtered
/// by writing every candidate and counting only those kept, so an unpredictable test costs no branch.
struct FoldedText {
    let units: [UInt32]
    /// Every unit as a byte (see `byte(_:)`).
    let bytes: [UInt8]
    /// The scalar offset each unit came from; nil while every scalar folds to exactly one unit (unit i came from
    /// scalar i, as in most text under most foldings), which saves four bytes a unit.
    let origins: [Int32]?
    /// Positions grouped by unit: ASCII units 0..<128 each, then every other unit together.
    let positionsByUnit: [Int32]
    /// Where each group starts in `positionsByUnit` (129 groups, plus the end).
    let groupStarts: [Int]
    /// For each entry of `positionsByUnit`, the byte of the unit after that position (`wideByte` after the
    /// last): a query's second unit is checked by a scan of its first unit's group, not by reading all over.
    let followers: [UInt8]
    static let otherGroup = 128
    /// The byte of a unit that does not fit one: the unit itself must then be compared.
    static let wideByte: UInt8 = 255

    /// The group of a unit (or of its byte): itself when ASCII, else `otherGroup`.
    @inline(__always)
    static func group<Unit: FixedWidthInteger>(_ unit: Unit) -> Int { unit < 128 ? Int(unit) : otherGroup }

    /// `unit` as a byte: itself below 255, else `wideByte`.
    @inline(__always)
    static func byte(_ unit: UInt32) -> UInt8 { unit < 255 ? UInt8(unit) : wideByte }

    /// Every position where `needle` starts: the group of its first unit, kept where the follower is its second
    /// (one pass over two arrays in order), then narrowed by the rest.
    func positions(startingWith needle: [UInt32]) -> ArraySlice<Int32> {
        guard let first = needle.first else { return [] }
        guard needle.count > 1 else { return positions(of: first) }
        let group = Self.group(first)
        let second = Self.byte(needle[1])
        let found = positionsByUnit.withUnsafeBufferPointer { positions in
            followers.withUnsafeBufferPointer { followers in
                Self.kept(groupStarts[group]..<groupStarts[group + 1], position: { positions[$0] }) {
                    followers[$0] == second
                }
            }
        }
        let exact = group != Self.otherGroup && second != Self.wideByte
        return narrow(found, to: needle, checkingFrom: exact ? 2 : 0)
    }

    /// Every position of `unit`, in order (for an ASCII unit, a slice of the index: nothing is copied).
    func positions(of unit: UInt32) -> ArraySlice<Int32> {
        let group = Self.group(unit)
        let all = positionsByUnit[groupStarts[group]..<groupStarts[group + 1]]
        return group == Self.otherGroup ? all.filter { units[Int($0)] == unit }[...] : all
    }

    /// The positions of `candidates` where all of `needle` matches, knowing its first `checked` units do:
    /// compared as bytes, then, when the rest of `needle` has a unit wider than a byte, as units.
    func narrow(_ candidates: ArraySlice<Int32>, to needle: [UInt32], checkingFrom checked: Int) -> ArraySlice<Int32> {
        guard checked < needle.count else { return candidates }
        let kept = Self.narrow(candidates, in: bytes, to: needle.map(Self.byte), checkingFrom: checked)
        guard needle[checked...].contains(where: { Self.byte($0) == Self.wideByte }) else { return kept }
        return Self.narrow(kept, in: units, to: needle, checkingFrom: checked)
    }

    /// The positions of `candidates` where `pattern` is found in `text`, knowing its first `checked` elements are.
    private static func narrow<Unit: FixedWidthInteger>(_ candidates: ArraySlice<Int32>, in text: [Unit],
                                                        to pattern: [Unit], checkingFrom checked: Int)
        -> ArraySlice<Int32> {
        let last = text.count - pattern.count
        return text.withUnsafeBufferPointer { text in
            pattern.withUnsafeBufferPointer { pattern in
                candidates.withUnsafeBufferPointer { candidates in
                    kept(0..<candidates.count, position: { candidates[$0] }) { index in
                        let start = Int(candidates[index])
                        guard start <= last else { return false }
                        for offset in checked..<pattern.count where text[start + offset] != pattern[offset] {
                            return false
                        }
                        return true
                    }
                }
            }
        }
    }

    /// `position(index)` for each index of `range` where `keep(index)`, in order: every position is written
    /// and only the kept ones counted, so an unpredictable `keep` costs no branch.
    @inline(__always)
    private static func kept(_ range: Range<Int>, position: (Int) -> Int32,
                             where keep: (Int) -> Bool) -> ArraySlice<Int32> {
        let kept = [Int32](unsafeUninitializedCapacity: range.count) { buffer, count in
            var next = 0
            for index in range {
                buffer[next] = position(index)
                next += keep(index) ? 1 : 0
            }
            count = next
        }
        return kept[...]
    }
    /// The matches at sorted `positions` of a needle `length` units long: left to right without overlaps.
    /// Only a needle that `canOverlap` itself can have overlapping positions; the others are kept as they are.
    func matches(at positions: ArraySlice<Int32>, length: Int, canOverlap: Bool) -> SearchMatches {
        guard canOverlap else { return SearchMatches(starts: positions, length: length, origins: origins) }
        var starts: [Int32] = []
        var free = 0
        for position in positions {
            let start = Int(position)
            guard start >= free else { continue }
            starts.append(position)
            free = start + length
        }
        return SearchMatches(starts: starts[...], length: length, origins: origins)
    }
}

/// An article's text folded for comparison, with the source offset of every folded unit and, for each ASCII
/// unit, the positions where it occurs (a counting sort of the positions by unit: one array, in order) and the
/// unit that follows each of them.
struct FoldedText {
    var units: [UInt32] = []
    var origins: [Int32] = []
    /// Positions grouped by unit: ASCII units 0..<128 each, then every other unit together.
    var positionsByUnit: [Int32] = []
    /// Where each group starts in `positionsByUnit` (129 groups, plus the end).
    var groupStarts: [Int] = []
    /// For each entry of `positionsByUnit`, the unit after that position as a byte (see `follower(_:)`): a
    /// query's second unit is checked by a scan of its first unit's group, not by reading all over `units`.
    var followers: [UInt8] = []
    static let otherGroup = 128
    /// The follower of a unit that does not fit a byte, and of the last position.
    static let wideFollower: UInt8 = 255

    init(_ scalars: [Unicode.Scalar], folding: TextFolding) {
        units.reserveCapacity(scalars.count)
        origins.reserveCapacity(scalars.count)
        var cache: [UInt32: [UInt32]] = [:]
        for (offset, scalar) in scalars.enumerated() {
            let before = units.count
            folding.fold(scalar, into: &units, cache: &cache)
            for _ in before..<units.count { origins.append(Int32(truncatingIfNeeded: offset)) }
        }
        var counts = [Int](repeating: 0, count: Self.otherGroup + 2)
        for unit in units { counts[Self.group(unit) + 1] += 1 }
        for group in 1..<counts.count { counts[group] += counts[group - 1] }
        groupStarts = counts
        var next = counts
        positionsByUnit = [Int32](repeating: 0, count: units.count)
        followers = [UInt8](repeating: Self.wideFollower, count: units.count)
        for (position, unit) in units.enumerated() {
            let group = Self.group(unit)
            positionsByUnit[next[group]] = Int32(truncatingIfNeeded: position)
            if position + 1 < units.count { followers[next[group]] = Self.follower(units[position + 1]) }
            next[group] += 1
        }
    }

    @inline(__always)
    static func group(_ unit: UInt32) -> Int { unit < 128 ? Int(unit) : otherGroup }

    /// `unit` as a follower byte: itself below 255, else `wideFollower` (which then needs checking in `units`).
    @inline(__always)
    static func follower(_ unit: UInt32) -> UInt8 { unit < 255 ? UInt8(unit) : wideFollower }

    /// Every position where `needle` starts: the group of its first unit, kept where the follower is its second
    /// (one pass over two arrays in order), then narrowed by the rest.
    func positions(startingWith needle: [UInt32]) -> ArraySlice<Int32> {
        guard let first = needle.first else { return [] }
        guard needle.count > 1 else { return positions(of: first) }
        let group = Self.group(first)
        let second = Self.follower(needle[1])
        var found: [Int32] = []
        positionsByUnit.withUnsafeBufferPointer { positions in
            followers.withUnsafeBufferPointer { followers in
                for index in groupStarts[group]..<groupStarts[group + 1] where followers[index] == second {
                    found.append(positions[index])
                }
            }
        }
        let exact = group != Self.otherGroup && second != Self.wideFollower
        return narrow(found[...], to: needle, checkingFrom: exact ? 2 : 0)
    }

    /// Every position of `unit`, in order (for an ASCII unit, a slice of the index: nothing is copied).
    func positions(of unit: UInt32) -> ArraySlice<Int32> {
        let group = Self.group(unit)
        let all = positionsByUnit[groupStarts[group]..<groupStarts[group + 1]]
        return group == Self.otherGroup ? all.filter { units[Int($0)] == unit }[...] : all
    }

    /// The positions of `candidates` where all of `needle` matches, knowing its first `checked` units do.
    func narrow(_ candidates: ArraySlice<Int32>, to needle: [UInt32], checkingFrom checked: Int) -> ArraySlice<Int32> {
        guard checked < needle.count else { return candidates }
        let count = units.count
        return units.withUnsafeBufferPointer { text in
            needle.withUnsafeBufferPointer { pattern in
                candidates.filter { candidate in
                    let start = Int(candidate)
                    guard start + pattern.count <= count else { return false }
                    for index in checked..<pattern.count where text[start + index] != pattern[index] { return false }
                    return true
                }[...]
            }
        }
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

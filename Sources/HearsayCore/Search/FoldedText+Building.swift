extension FoldedText {
    /// Folds `scalars` and indexes the units: the first search of a folding waits for this, so it is written
    /// as a few plain passes that write each array once.
    init(_ scalars: [Unicode.Scalar], folding: TextFolding) {
        (units, origins) = Self.fold(scalars, folding)
        bytes = Self.bytes(of: units)
        groupStarts = Self.groupStarts(of: bytes)
        (positionsByUnit, followers) = Self.positionsAndFollowers(of: bytes, groupStarts: groupStarts)
    }

    /// The folded units of `scalars` and, once some scalar folds to more or fewer than one unit, their origins.
    private static func fold(_ scalars: [Unicode.Scalar], _ folding: TextFolding) -> ([UInt32], [Int32]?) {
        var cache: [UInt32: [UInt32]] = [:]
        var units = [UInt32](unsafeUninitializedCapacity: scalars.count) { buffer, count in
            count = foldOneToOne(scalars, folding, into: buffer, cache: &cache)
        }
        guard units.count < scalars.count else { return (units, nil) }
        var origins = (0..<units.count).map { Int32(truncatingIfNeeded: $0) }
        for offset in units.count..<scalars.count {
            let before = units.count
            folding.fold(scalars[offset], into: &units, cache: &cache)
            for _ in before..<units.count { origins.append(Int32(truncatingIfNeeded: offset)) }
        }
        return (units, origins)
    }

    /// Folds `scalars` into `buffer` for as long as each gives exactly one unit; returns how many did.
    private static func foldOneToOne(_ scalars: [Unicode.Scalar], _ folding: TextFolding,
                                     into buffer: UnsafeMutableBufferPointer<UInt32>,
                                     cache: inout [UInt32: [UInt32]]) -> Int {
        var folded: [UInt32] = []
        for (offset, scalar) in scalars.enumerated() {
            if scalar.value < 0x80 {
                buffer[offset] = folding.foldASCII(scalar.value)
                continue
            }
            folded.removeAll(keepingCapacity: true)
            folding.fold(scalar, into: &folded, cache: &cache)
            guard folded.count == 1 else { return offset }
            buffer[offset] = folded[0]
        }
        return scalars.count
    }

    private static func bytes(of units: [UInt32]) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: units.count) { buffer, count in
            for (index, unit) in units.enumerated() { buffer[index] = byte(unit) }
            count = units.count
        }
    }

    /// Where each group's positions start (the group of a unit is that of its byte), plus the end.
    private static func groupStarts(of bytes: [UInt8]) -> [Int] {
        var counts = [Int](repeating: 0, count: 256)
        for byte in bytes { counts[Int(byte)] += 1 }
        var starts = [Int](repeating: 0, count: otherGroup + 2)
        for (byte, count) in counts.enumerated() { starts[group(byte) + 1] += count }
        for group in 1..<starts.count { starts[group] += starts[group - 1] }
        return starts
    }

    /// Every position, grouped by its unit's group and in order within a group (a counting sort), and the byte
    /// after each (`wideByte` after the last unit), in one pass.
    private static func positionsAndFollowers(of bytes: [UInt8], groupStarts: [Int]) -> ([Int32], [UInt8]) {
        var next = groupStarts
        var followers: [UInt8] = []
        let positions = [Int32](unsafeUninitializedCapacity: bytes.count) { positions, positionCount in
            followers = [UInt8](unsafeUninitializedCapacity: bytes.count) { followers, followerCount in
                next.withUnsafeMutableBufferPointer { next in
                    for (position, byte) in bytes.enumerated() {
                        let slot = next[group(byte)]
                        positions[slot] = Int32(truncatingIfNeeded: position)
                        followers[slot] = position + 1 < bytes.count ? bytes[position + 1] : wideByte
                        next[group(byte)] = slot + 1
                    }
                }
                followerCount = bytes.count
            }
            positionCount = bytes.count
        }
        return (positions, followers)
    }
}

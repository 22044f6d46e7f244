/// Greedy word wrapping by display columns, over a range of scalars.
///
/// Lines break after spaces and on either side of a wide (CJK) character, which is how text without
/// spaces wraps; a word longer than the width is split. Spaces at a break are dropped.
/// Widths are those of the drawn text (SafeText stand-ins included), so no line is ever wider than `width`
/// unless a single character is wider than the width itself.
public enum LineWrapper {
    /// The lines of `range` within `scalars`, each as a range of scalar offsets.
    public static func wrap(_ scalars: [Unicode.Scalar], range: Range<Int>, width: Int) -> [Range<Int>] {
        let limit = max(1, width)
        var lines: [Range<Int>] = []
        var lineStart = range.lowerBound
        var column = 0
        var breakAt: Int?
        var index = range.lowerBound
        while index < range.upperBound {
            let scalar = scalars[index]
            let columns = columnsOf(scalar)
            if isSpace(scalar) {
                if column + columns > limit {
                    lines.append(lineStart..<trimmedEnd(scalars, lineStart, index))
                    while index < range.upperBound, isSpace(scalars[index]) { index += 1 }
                    (lineStart, column, breakAt) = (index, 0, nil)
                    continue
                }
                column += columns
                index += 1
                breakAt = index
                continue
            }
            if columns == 2, index > lineStart { breakAt = index }
            if column + columns > limit, column > 0 {
                if let point = breakAt, point > lineStart {
                    lines.append(lineStart..<trimmedEnd(scalars, lineStart, point))
                    lineStart = point
                    column = columnsOf(scalars, point..<index)
                } else {
                    lines.append(lineStart..<index)
                    (lineStart, column) = (index, 0)
                }
                breakAt = nil
                continue
            }
            column += columns
            index += 1
            if columns == 2 { breakAt = index }
        }
        if lineStart < range.upperBound { lines.append(lineStart..<trimmedEnd(scalars, lineStart, range.upperBound)) }
        return lines
    }

    /// Columns of one scalar as the grid draws it.
    @inline(__always)
    static func columnsOf(_ scalar: Unicode.Scalar) -> Int {
        if scalar.value >= 0x20 && scalar.value < 0x7F { return 1 }
        return DisplayWidth.of(SafeText.placeholder(for: scalar) ?? scalar)
    }

    static func columnsOf(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Int {
        var total = 0
        for index in range { total += columnsOf(scalars[index]) }
        return total
    }

    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }

    private static func trimmedEnd(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
        var last = end
        while last > start + 1, isSpace(scalars[last - 1]) { last -= 1 }
        return last
    }
}

/// One screen cell: the text drawn there (a scalar and its combining marks) and its style.
///
/// The right half of a wide character is a continuation cell with empty text.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(text: String = " ", style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// Whether this cell is the right half of a wide character.
    public var isContinuation: Bool { text.isEmpty }
}

/// A frame: a rectangle of styled cells that views draw into and the terminal copies.
///
/// Everything written goes through `SafeText`, so no control character can reach a terminal,
/// and a wide character is written only when both of its cells fit.
public struct Grid: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(), count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at column `x`, row `y`; a blank cell outside the grid.
    public subscript(x: Int, y: Int) -> Cell {
        guard contains(x: x, y: y) else { return Cell() }
        return cells[y * width + x]
    }

    /// The text of row `y`, wide characters once, for tests and snapshots.
    public func row(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        return cells[(y * width)..<((y + 1) * width)].map(\.text).joined()
    }

    /// Every row's text, top to bottom.
    public var rows: [String] { (0..<height).map(row) }

    /// Fills `rect` with blanks of `style`.
    public mutating func fill(_ rect: Rect, style: Style) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { cells[y * width + x] = Cell(text: " ", style: style) }
        }
    }

    /// Lays `style` over the cells of `rect` (see `Style.patched`).
    public mutating func patch(_ rect: Rect, style: Style) {
        for y in max(0, rect.y)..<min(height, rect.maxY) {
            for x in max(0, rect.x)..<min(width, rect.maxX) { cells[y * width + x].style = cells[y * width + x].style.patched(with: style) }
        }
    }

    /// Writes `text` from column `x` of row `y`, never past column `limit`; returns the column after it.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style, limit: Int? = nil) -> Int {
        var column = x
        let end = min(limit ?? width, width)
        for scalar in text.unicodeScalars {
            column = put(scalar, x: column, y: y, style: style, limit: end)
            if column >= end { break }
        }
        return column
    }

    /// Writes one scalar (its SafeText stand-in if it has one); returns the next column.
    ///
    /// A zero-width scalar joins the cell before it; a wide scalar that would cross `limit` becomes a blank.
    @discardableResult
    public mutating func put(_ scalar: Unicode.Scalar, x: Int, y: Int, style: Style, limit: Int) -> Int {
        let shown = SafeText.placeholder(for: scalar) ?? scalar
        let columns = DisplayWidth.of(shown)
        let end = min(limit, width)
        guard y >= 0, y < height else { return x + columns }
        if columns == 0 {
            attach(shown, x: x - 1, y: y)
            return x
        }
        guard x >= 0, x < end else { return x + columns }
        if columns == 2 && x + 1 >= end {
            cells[y * width + x] = Cell(text: " ", style: style)
            return end
        }
        cells[y * width + x] = Cell(text: String(Character(shown)), style: style)
        if columns == 2 { cells[y * width + x + 1] = Cell(text: "", style: style) }
        return x + columns
    }

    /// Sets the style of one cell.
    public mutating func setStyle(_ style: Style, x: Int, y: Int) {
        guard contains(x: x, y: y) else { return }
        cells[y * width + x].style = style
    }

    private mutating func attach(_ mark: Unicode.Scalar, x: Int, y: Int) {
        var column = x
        while column >= 0, contains(x: column, y: y), cells[y * width + column].isContinuation { column -= 1 }
        guard contains(x: column, y: y) else { return }
        cells[y * width + column].text.unicodeScalars.append(mark)
    }

    private func contains(x: Int, y: Int) -> Bool { x >= 0 && x < width && y >= 0 && y < height }
}

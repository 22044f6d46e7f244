/// A terminal size in cells.
public struct Size: Hashable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

/// Where everything goes on the screen for a size: the list pane, the reader pane, the status bar,
/// and the text column inside the reader. Both `update` (page sizes) and the views use it.
public struct ScreenLayout: Hashable, Sendable {
    /// Below this the screen shows only "terminal too small".
    public static let minimumSize = Size(width: 40, height: 6)
    /// The longest line of article text; a wider reader centres the column.
    public static let maximumTextWidth = 100

    public let size: Size
    public let isTooSmall: Bool
    /// The list pane with its border, nil when hidden (`f`).
    public let list: Rect?
    /// The reader pane with its border.
    public let reader: Rect
    /// The status bar, the bottom row.
    public let status: Rect
    /// Where article text goes inside the reader pane.
    public let text: Rect

    public init(size: Size, listHidden: Bool) {
        self.size = size
        isTooSmall = size.width < Self.minimumSize.width || size.height < Self.minimumSize.height
        let paneHeight = max(0, size.height - 1)
        status = Rect(x: 0, y: paneHeight, width: size.width, height: min(1, size.height))
        if listHidden {
            list = nil
            reader = Rect(x: 0, y: 0, width: size.width, height: paneHeight)
        } else {
            let listWidth = min(max(size.width / 3, 24), 40)
            list = Rect(x: 0, y: 0, width: listWidth, height: paneHeight)
            reader = Rect(x: listWidth, y: 0, width: size.width - listWidth, height: paneHeight)
        }
        let inner = reader.inset(by: 1)
        let textWidth = max(1, min(inner.width - 2, Self.maximumTextWidth))
        text = Rect(x: inner.x + max(1, (inner.width - textWidth) / 2), y: inner.y, width: textWidth, height: inner.height)
    }

    /// How many list rows are visible.
    public var listRows: Int { max(1, (list?.height ?? 2) - 2) }
    /// How many article lines are visible.
    public var readerRows: Int { max(1, text.height) }
}

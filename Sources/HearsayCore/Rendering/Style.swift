/// A colour as a theme names it; the terminal backend maps it to the nearest colour it has.
public enum Color: Hashable, Sendable {
    /// The terminal's own foreground or background (keeps light and dark terminals readable).
    case terminalDefault
    /// One of the 16 ANSI colours: 0–7 normal, 8–15 bright.
    case ansi(Int)
    /// An xterm 256-colour index.
    case indexed(Int)
    /// A 24-bit colour, `#rrggbb`.
    case rgb(red: Int, green: Int, blue: Int)
}

/// Text attributes that survive without colour: they keep quotes, speakers and places apart under `NO_COLOR`.
public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Attributes(rawValue: 1 << 0)
    public static let dim = Attributes(rawValue: 1 << 1)
    public static let italic = Attributes(rawValue: 1 << 2)
    public static let underline = Attributes(rawValue: 1 << 3)
    public static let reverse = Attributes(rawValue: 1 << 4)

    /// Every attribute with its name in theme files, in a fixed order.
    public static let named: [(name: String, attribute: Attributes)] = [
        ("bold", .bold), ("dim", .dim), ("italic", .italic), ("underline", .underline), ("reverse", .reverse),
    ]
}

/// How a cell looks, as a patch: nil colours leave what is underneath, attributes add up.
public struct Style: Hashable, Sendable {
    public var foreground: Color?
    public var background: Color?
    public var attributes: Attributes

    public init(foreground: Color? = nil, background: Color? = nil, attributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// No colour, no attribute: the terminal's defaults.
    public static let plain = Style()

    /// This style with `patch` laid on top: its colours win where it sets them, attributes combine.
    public func patched(with patch: Style) -> Style {
        Style(foreground: patch.foreground ?? foreground,
              background: patch.background ?? background,
              attributes: attributes.union(patch.attributes))
    }

    /// The same attributes without any colour (for `NO_COLOR` and terminals with fewer than 8 colours).
    public var withoutColours: Style { Style(attributes: attributes) }
}

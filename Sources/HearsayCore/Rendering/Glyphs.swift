/// The drawing characters of the frame, with ASCII stand-ins for terminals that cannot show Unicode.
public struct Glyphs: Hashable, Sendable {
    public let horizontal: String
    public let vertical: String
    public let topLeft: String
    public let topRight: String
    public let bottomLeft: String
    public let bottomRight: String
    public let ellipsis: String
    public let selected: String
    public let unread: String
    public let quoteCount: String
    public let separator: String
    /// Marks a list row whose file was read with a warning (invalid UTF-8, cut lines...).
    public let warning: String

    /// Box drawing, ▶ ● ❝ and the ellipsis.
    public static let unicode = Glyphs(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
                                       bottomLeft: "└", bottomRight: "┘", ellipsis: "…", selected: "▶",
                                       unread: "●", quoteCount: "❝", separator: "·", warning: "!")

    /// Plain ASCII, for a locale without UTF-8.
    public static let ascii = Glyphs(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
                                     bottomLeft: "+", bottomRight: "+", ellipsis: "~", selected: ">",
                                     unread: "*", quoteCount: "q", separator: "-", warning: "!")
}

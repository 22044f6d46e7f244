/// What a piece of the screen is, for the theme: views ask for a role, never for a colour.
///
/// The raw value is the table name in theme files (`[current-quote]`). Speakers are not a role
/// but a palette (`[speakers]`), one colour per speaker in order of first appearance.
public enum ThemeRole: String, CaseIterable, Hashable, Sendable {
    case text
    case headline
    case list
    case selection
    case border
    case title
    case quote
    case currentQuote = "current-quote"
    case reported
    case place
    case match
    case currentMatch = "current-match"
    case footer
    case status
    case message
    case error
    case help
}

/// The themes compiled into the program: `default` (the base every theme file overrides) and `mono`.
public enum BuiltinThemes {
    /// The default theme: the terminal's own background, colours that read on light and dark terminals.
    public static let standard = Theme(
        name: "default",
        styles: [
            .text: .plain,
            .headline: Style(attributes: .bold),
            .list: .plain,
            .selection: Style(attributes: [.reverse, .bold]),
            .border: Style(foreground: .ansi(8)),
            .title: Style(attributes: .bold),
            .quote: Style(foreground: .ansi(2), attributes: .italic),
            .currentQuote: Style(foreground: .ansi(10), attributes: [.bold, .italic]),
            .reported: Style(foreground: .indexed(108)),
            .place: Style(foreground: .ansi(6), attributes: .underline),
            .match: Style(foreground: .ansi(0), background: .ansi(3)),
            .currentMatch: Style(foreground: .ansi(0), background: .ansi(13), attributes: .bold),
            .footer: Style(attributes: .dim),
            .status: Style(attributes: .reverse),
            .message: Style(attributes: .bold),
            .error: Style(foreground: .ansi(1), attributes: .bold),
            .help: .plain,
        ],
        speakers: [
            Style(foreground: .indexed(208), attributes: .bold),
            Style(foreground: .indexed(75), attributes: .bold),
            Style(foreground: .indexed(170), attributes: .bold),
            Style(foreground: .indexed(220), attributes: .bold),
            Style(foreground: .indexed(203), attributes: .bold),
            Style(foreground: .indexed(44), attributes: .bold),
        ]
    )

    /// Attributes only: what every theme falls back to without colours.
    public static let mono = Theme(
        name: "mono",
        styles: [
            .text: .plain,
            .headline: Style(attributes: .bold),
            .list: .plain,
            .selection: Style(attributes: .reverse),
            .border: .plain,
            .title: Style(attributes: .bold),
            .quote: Style(attributes: .italic),
            .currentQuote: Style(attributes: [.italic, .bold]),
            .reported: Style(attributes: .dim),
            .place: Style(attributes: .underline),
            .match: Style(attributes: .reverse),
            .currentMatch: Style(attributes: [.reverse, .bold, .underline]),
            .footer: Style(attributes: .dim),
            .status: Style(attributes: .reverse),
            .message: Style(attributes: .bold),
            .error: Style(attributes: .bold),
            .help: .plain,
        ],
        speakers: [Style(attributes: .bold)]
    )
}

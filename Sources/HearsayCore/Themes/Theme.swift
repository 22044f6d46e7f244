/// A colour theme: a style for every role and a palette for speakers.
public struct Theme: Hashable, Sendable {
    /// The name shown when switching (`default`, `light`...).
    public var name: String
    /// The style of each role; a role missing here is drawn plain.
    public var styles: [ThemeRole: Style]
    /// Speaker colours in order: speaker i gets `speakers[i % count]`.
    public var speakers: [Style]

    public init(name: String, styles: [ThemeRole: Style], speakers: [Style]) {
        self.name = name
        self.styles = styles
        self.speakers = speakers
    }

    /// The style of `role`.
    public func style(_ role: ThemeRole) -> Style { styles[role] ?? .plain }

    /// The style of the speaker with index `index` (cycling through the palette).
    public func speaker(_ index: Int) -> Style {
        guard !speakers.isEmpty, index >= 0 else { return .plain }
        return speakers[index % speakers.count]
    }

    /// This theme for a terminal without colours: colours dropped, and every role keeps (at least) the
    /// attributes of `mono`, so quotes, speakers, places and matches stay apart.
    public func withoutColours(keeping mono: Theme = BuiltinThemes.mono) -> Theme {
        var styles: [ThemeRole: Style] = [:]
        for role in ThemeRole.allCases {
            styles[role] = Style(attributes: style(role).attributes.union(mono.style(role).attributes))
        }
        let attributes = (speakers.first?.attributes ?? []).union(mono.speaker(0).attributes)
        return Theme(name: name, styles: styles, speakers: [Style(attributes: attributes)])
    }
}

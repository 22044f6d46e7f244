/// One line of the key table: the keys, what they do, and the sentence the help screen shows.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let action: Action
    public let help: String
}

/// The one table of keys: `action(for:)` reads it, and the help screen is generated from it,
/// so the two never drift apart.
public enum KeyTable {
    /// The keys of the list and the reader. Reserved for the next issue: `w` (who said what),
    /// `e` (entities) and `/` in the list as a library filter.
    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.up, .character("k")], action: .moveUp, help: "previous article · scroll up a line"),
        KeyBinding(keys: [.down, .character("j")], action: .moveDown, help: "next article · scroll down a line"),
        KeyBinding(keys: [.pageUp, .character("b")], action: .pageUp, help: "page up"),
        KeyBinding(keys: [.pageDown, .character(" ")], action: .pageDown, help: "page down"),
        KeyBinding(keys: [.home, .character("g")], action: .top, help: "first article · top of the article"),
        KeyBinding(keys: [.end, .character("G")], action: .bottom, help: "last article · end of the article"),
        KeyBinding(keys: [.enter, .right, .character("l")], action: .open, help: "read the selected article"),
        KeyBinding(keys: [.left, .character("h"), .escape], action: .back, help: "back to the list"),
        KeyBinding(keys: [.character("J")], action: .nextArticle, help: "next article, keep reading"),
        KeyBinding(keys: [.character("K")], action: .previousArticle, help: "previous article, keep reading"),
        KeyBinding(keys: [.tab, .backTab], action: .switchPane, help: "the other pane"),
        KeyBinding(keys: [.character("/")], action: .startSearch, help: "search in the article (as you type)"),
        KeyBinding(keys: [.character("n")], action: .nextMatch, help: "next match"),
        KeyBinding(keys: [.character("N")], action: .previousMatch, help: "previous match"),
        KeyBinding(keys: [.character("]")], action: .nextQuote, help: "next quote, and who said it"),
        KeyBinding(keys: [.character("[")], action: .previousQuote, help: "previous quote"),
        KeyBinding(keys: [.character("f")], action: .toggleList, help: "hide or show the list (full width)"),
        KeyBinding(keys: [.character("T")], action: .nextTheme, help: "next colour theme"),
        KeyBinding(keys: [.character("?"), .function(1)], action: .help, help: "this help"),
        KeyBinding(keys: [.character("q")], action: .quitOrBack, help: "back to the list; in the list, quit"),
        KeyBinding(keys: [.character("Q"), .control("c")], action: .quit, help: "quit"),
        KeyBinding(keys: [.control("l")], action: .redraw, help: "redraw the screen"),
        KeyBinding(keys: [.control("z")], action: .suspend, help: "suspend (fg resumes)"),
    ]

    /// The keys of the search prompt, for the help screen.
    public static let promptBindings: [KeyBinding] = [
        KeyBinding(keys: [.enter], action: .searchConfirm, help: "keep the match and close the prompt"),
        KeyBinding(keys: [.escape], action: .searchCancel, help: "cancel, back to where you were"),
        KeyBinding(keys: [.backspace], action: .searchBackspace, help: "delete a character"),
    ]

    /// The action of `key`: while the search prompt is open, typing edits the query.
    public static func action(for key: Key, searching: Bool) -> Action? {
        if searching { return promptAction(for: key) }
        return bindings.first { $0.keys.contains(key) }?.action
    }

    private static func promptAction(for key: Key) -> Action? {
        switch key {
        case .character(let character): return .searchInput(character)
        case .enter: return .searchConfirm
        case .escape: return .searchCancel
        case .backspace, .control("h"): return .searchBackspace
        case .control("c"): return .quit
        case .control("l"): return .redraw
        case .control("z"): return .suspend
        default: return nil
        }
    }

    /// The help screen's lines: every binding as "keys  sentence", keys padded to one column.
    public static func helpLines() -> [String] {
        func lines(_ bindings: [KeyBinding]) -> [String] {
            let labels = bindings.map { $0.keys.map(\.label).joined(separator: " ") }
            let column = (labels.map { DisplayWidth.of($0) }.max() ?? 0) + 2
            return zip(labels, bindings).map { label, binding in
                label + String(repeating: " ", count: column - DisplayWidth.of(label)) + binding.help
            }
        }
        return lines(bindings) + ["", "While searching (after /):"] + lines(promptBindings)
    }
}

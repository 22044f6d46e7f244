/// The reader's pure update: the only way its state changes.
public enum Reader {
    /// The state after `action`, and what the shell must do (quit, suspend, redraw).
    /// Total: every action in every state gives a state.
    public static func update(_ state: ReaderState, _ action: Action,
                              context: ReaderContext) -> (state: ReaderState, command: ReaderCommand?) {
        var next = state
        next.message = nil
        let command = next.apply(action, context)
        next.normalize()
        return (next, command)
    }
}

extension ReaderState {
    mutating func apply(_ action: Action, _ context: ReaderContext) -> ReaderCommand? {
        switch action {
        case .resize(let newSize): size = Size(width: max(0, newSize.width), height: max(0, newSize.height))
        case .quit: return .quit
        case .redraw: return .redraw
        case .suspend: return .suspend
        case .showMessage(let note): message = note
        default:
            if overlay != nil {
                applyToOverlay(action)
            } else if search.isEditing {
                applyToPrompt(action, context)
            } else {
                return applyToPanes(action, context)
            }
        }
        return nil
    }

    private mutating func applyToPanes(_ action: Action, _ context: ReaderContext) -> ReaderCommand? {
        switch action {
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            if focus == .list { moveSelection(action) } else { scroll(action, context) }
        case .open: focus = .reader
        case .back: showList()
        case .switchPane: if focus == .list { focus = .reader } else { showList() }
        case .toggleList:
            listHidden.toggle()
            if listHidden { focus = .reader }
        case .nextArticle: select(selection + 1)
        case .previousArticle: select(selection - 1)
        case .startSearch: startSearch(context)
        case .nextMatch: jumpToMatch(forward: true, context)
        case .previousMatch: jumpToMatch(forward: false, context)
        case .nextQuote: jumpToQuote(forward: true, context)
        case .previousQuote: jumpToQuote(forward: false, context)
        case .nextTheme:
            let names = context.themeNames.isEmpty ? ["default"] : context.themeNames
            themeIndex = (themeIndex + 1) % names.count
            message = StatusMessage("Theme: \(names[themeIndex])")
        case .help: overlay = .help(scroll: 0)
        case .quitOrBack:
            if focus == .list { return .quit }
            showList()
        default: break
        }
        return nil
    }

    private mutating func showList() {
        focus = .list
        listHidden = false
    }

    /// Keeps the selection in range and visible in the list.
    mutating func normalize() {
        selection = min(max(0, selection), max(0, articleCount - 1))
        let rows = layout.listRows
        if selection < listTop { listTop = selection }
        if selection >= listTop + rows { listTop = selection - rows + 1 }
        listTop = min(max(0, listTop), max(0, articleCount - rows))
        if case .help(let scroll) = overlay {
            overlay = .help(scroll: min(max(0, scroll), HelpOverlay.maxScroll(for: size)))
        }
    }
}

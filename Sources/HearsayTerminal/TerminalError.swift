import HearsayCore

/// Why the reader cannot take over the terminal; the words are made here.
public enum TerminalError: Error, Equatable {
    case notATerminal
    case unknownTerminal(String?)
    case cannotAddressCursor(String)

    /// The sentence shown on standard error before exiting with status 2.
    public var message: String {
        switch self {
        case .notATerminal:
            return "standard input and output must be a terminal (for scripts, use `hearsay annotate`)"
        case .unknownTerminal(let name?):
            return "unknown terminal type '\(SafeText.sanitize(name))' (set TERM to e.g. xterm-256color)"
        case .unknownTerminal(nil):
            return "TERM is not set (set it to e.g. xterm-256color)"
        case .cannotAddressCursor(let name):
            return "terminal '\(SafeText.sanitize(name))' cannot position the cursor (set TERM to e.g. xterm-256color)"
        }
    }
}

/// What reading the keyboard gave.
public enum TerminalEvent: Equatable {
    case key(Key)
    case resize
    /// Nothing arrived in time; the loop checks for signals and waits again.
    case timeout
    /// SIGINT, SIGTERM or SIGHUP arrived: restore the terminal and end.
    case signal(Int32)
}

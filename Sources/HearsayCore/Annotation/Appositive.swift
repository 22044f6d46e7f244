/// An appositive after a name: ", a Kremlin spokesman,", ", 82,", ", R-Ky.,", "(R-Utah)".
enum Appositive {
    /// The longest appositive or parenthesis skipped between a name and its verb, in tokens.
    static let limit = 32

    /// Where the words after the appositive that starts at `index` begin (`index` itself when there is none).
    /// A speech verb inside a comma appositive ends it there: "Peskov, a Kremlin spokesman said".
    static func end(after index: Int, in tokens: Tokens) -> Int {
        guard index < tokens.count else { return index }
        // "(" and "," are told by their bits; ")" by its text among the closing brackets.
        if tokens.isOpeningParenthesis(index) {
            guard let close = (index..<min(tokens.count, index + limit)).first(where: { tokens.isClosingParenthesis($0) })
            else { return index }
            return end(after: close + 1, in: tokens)
        }
        guard tokens.isComma(index) else { return index }
        var cursor = index + 1
        let stop = min(tokens.count, index + limit)
        let relative = cursor < tokens.count && isRelative(tokens.lower(cursor))
        while cursor < stop, !tokens.isComma(cursor), !isOuterMark(tokens, cursor), !endsSentence(tokens, cursor) {
            if tokens[cursor].kind == .word, tokens[cursor].folded.contains(.speechVerb), cursor > index + 2, !relative { return cursor }
            cursor += 1
        }
        return cursor < tokens.count && tokens.isComma(cursor) ? cursor + 1 : cursor
    }

    /// The role noun of an appositive right after a name (", the foreign minister," → "minister"), if any.
    static func role(after index: Int, in tokens: Tokens) -> String? {
        guard index + 1 < tokens.count, tokens.isComma(index) else { return nil }
        let stop = min(tokens.count, index + 10)
        var cursor = index + 1
        var role: String?
        while cursor < stop, tokens[cursor].kind == .word || tokens[cursor].kind == .possessive || tokens[cursor].kind == .number {
            if tokens[cursor].folded.contains(.speechVerb) { break }
            if let canonical = Roles.canonical(tokens, cursor) { role = canonical }
            if role != nil, endsRole(tokens.lower(cursor)) { break }
            cursor += 1
        }
        return role
    }

    private static func isRelative(_ word: String) -> Bool {
        word.equals("who") || word.equals("which") || word.equals("whose")
    }

    /// A preposition that ends the role words: "spokesman at the ministry", "professor of law".
    private static func endsRole(_ word: String) -> Bool {
        word.equals("at") || word.equals("of") || word.equals("for") || word.equals("with") || word.equals("in")
    }

    /// A double quotation mark: it ends an appositive, where an apostrophe-like single mark does not.
    static func isOuterMark(_ tokens: Tokens, _ index: Int) -> Bool {
        guard tokens[index].kind == .quoteMark else { return false }
        let text = tokens.text(index)
        guard let first = text.unicodeScalars.first else { return false }
        return CharacterClass.isDoubleMark(first) || text.unicodeScalars.count == 2
    }

    /// A period that ends a sentence, not one closing an abbreviation before a comma ("R-Ky.,"). (A token is "."
    /// when it is in the `.period` list, which holds "." alone.)
    private static func endsSentence(_ tokens: Tokens, _ index: Int) -> Bool {
        guard tokens[index].written.contains(.period) else { return false }
        return !(index + 1 < tokens.count && tokens.isComma(index + 1))
    }
}

/// Role words, with the forms news writes them in reduced to one: "Sen." and "senator" are both "senator".
enum Roles {
    /// The canonical role for a title or role word, or nil when the word is not one.
    static func canonical(_ word: String) -> String? {
        let lower = word.lowercased().trimmingSuffix(".")
        return known.number(of: lower).map { canonicalOfKnown[$0] }
    }

    /// `canonical(title)` for the title word `title` of token `index` of `tokens`: a token of ASCII without a period
    /// (whose title word is its text) is told by its lower case's `.roleWord` bit, and found by its lower case
    /// without lower-casing it again.
    static func canonical(title: String, of index: Int, in tokens: Tokens) -> String? {
        guard !tokens[index].endsWithPeriod, tokens.facts(index).asciiQuickBit != WordFacts.notASCII else {
            return canonical(title)
        }
        guard tokens[index].folded.contains(.roleWord) else { return nil }
        return known.number(of: tokens.lower(index)).map { canonicalOfKnown[$0] }
    }

    /// The role a lower-case word without a trailing period stands for: its alias, itself as a role noun, or
    /// the role noun it is the plural of; nil for other words (all of which are outside `words`).
    private static func canonical(lower: String) -> String? {
        if let alias = aliases[lower] { return alias }
        if WordLists.roleNouns.contains(lower) { return lower }
        if lower.hasSuffix("s"), WordLists.roleNouns.contains(String(lower.dropLast())) { return String(lower.dropLast()) }
        return nil
    }

    /// `words` by number, found without a `Hasher` (a title is asked for its role at every registration).
    private static let known = NameWordIndex(knownWords)
    private static let knownWords = Array(words)
    /// The role of each of `words`, by its number in `known`.
    private static let canonicalOfKnown = knownWords.map { canonical(lower: $0) ?? $0 }

    /// The canonical role for the lower case of token `index`: `canonical(tokens.lower(index))`, found by a bit
    /// test for most words.
    static func canonical(_ tokens: Tokens, _ index: Int) -> String? {
        guard tokens[index].folded.contains(.roleWord) || tokens[index].endsWithPeriod else { return nil }
        return canonical(tokens.lower(index))
    }

    /// Every lower-case word `canonical` knows without a trailing period: aliases, role nouns and their plurals.
    static let words: Set<String> = Set(aliases.keys).union(WordLists.roleNouns).union(WordLists.roleNouns.map { $0 + "s" })

    static let aliases: [String: String] = [
        "sen": "senator", "sens": "senator", "rep": "congressman", "reps": "congressman", "representative": "congressman",
        "congresswoman": "congressman", "lawmaker": "congressman", "gov": "governor", "govs": "governor",
        "gen": "general", "lt": "lieutenant", "col": "colonel", "capt": "captain", "sgt": "sergeant", "adm": "admiral",
        "spokeswoman": "spokesman", "spokesperson": "spokesman", "chairwoman": "chairman", "chair": "chairman",
        "premier": "minister", "secretary": "secretary", "president": "president", "ceo": "executive",
        "prof": "professor", "dr": "doctor", "councilwoman": "councilman", "councillor": "councilman",
        "businesswoman": "businessman", "advisor": "adviser",
    ]
}

/// An appositive after a name: ", a Kremlin spokesman,", ", 82,", ", R-Ky.,", "(R-Utah)".
enum Appositive {
    /// The longest appositive or parenthesis skipped between a name and its verb, in tokens.
    static let limit = 32

    /// Where the words after the appositive that starts at `index` begin (`index` itself when there is none).
    /// A speech verb inside a comma appositive ends it there: "Peskov, a Kremlin spokesman said".
    static func end(after index: Int, in tokens: [Token]) -> Int {
        guard index < tokens.count else { return index }
        if tokens[index].text == "(" {
            guard let close = (index..<min(tokens.count, index + limit)).first(where: { tokens[$0].text == ")" }) else { return index }
            return end(after: close + 1, in: tokens)
        }
        guard tokens[index].text == "," else { return index }
        var cursor = index + 1
        let stop = min(tokens.count, index + limit)
        let relative = cursor < tokens.count && ["who", "which", "whose"].contains(tokens[cursor].lower)
        while cursor < stop, tokens[cursor].text != ",", !isOuterMark(tokens[cursor]), !endsSentence(tokens, cursor) {
            if tokens[cursor].kind == .word, tokens[cursor].folded.contains(.speechVerb), cursor > index + 2, !relative { return cursor }
            cursor += 1
        }
        return cursor < tokens.count && tokens[cursor].text == "," ? cursor + 1 : cursor
    }

    /// The role noun of an appositive right after a name (", the foreign minister," → "minister"), if any.
    static func role(after index: Int, in tokens: [Token]) -> String? {
        guard index + 1 < tokens.count, tokens[index].text == "," else { return nil }
        let stop = min(tokens.count, index + 10)
        var cursor = index + 1
        var role: String?
        while cursor < stop, tokens[cursor].kind == .word || tokens[cursor].kind == .possessive || tokens[cursor].kind == .number {
            let word = tokens[cursor].lower
            if SpeechVerbs.forms.contains(word) { break }
            if let canonical = Roles.canonical(word) { role = canonical }
            if ["at", "of", "for", "with", "in"].contains(word), role != nil { break }
            cursor += 1
        }
        return role
    }

    /// A double quotation mark: it ends an appositive, where an apostrophe-like single mark does not.
    static func isOuterMark(_ token: Token) -> Bool {
        guard token.kind == .quoteMark, let first = token.text.unicodeScalars.first else { return false }
        return CharacterClass.isDoubleMark(first) || token.text.unicodeScalars.count == 2
    }

    /// A period that ends a sentence, not one closing an abbreviation before a comma ("R-Ky.,").
    private static func endsSentence(_ tokens: [Token], _ index: Int) -> Bool {
        guard tokens[index].text == "." else { return false }
        return !(index + 1 < tokens.count && tokens[index + 1].text == ",")
    }
}

/// Role words, with the forms news writes them in reduced to one: "Sen." and "senator" are both "senator".
enum Roles {
    /// The canonical role for a title or role word, or nil when the word is not one.
    static func canonical(_ word: String) -> String? {
        let lower = word.lowercased().trimmingSuffix(".")
        if let alias = aliases[lower] { return alias }
        if WordLists.roleNouns.contains(lower) { return lower }
        if lower.hasSuffix("s"), WordLists.roleNouns.contains(String(lower.dropLast())) { return String(lower.dropLast()) }
        return nil
    }

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

/// The verbs and phrases news writing uses to attribute words to someone, in every inflected form.
enum SpeechVerbs {
    /// Core reporting verbs: said, told, added... These attribute a quote on their own.
    static let forms: Set<String> = {
        var forms: Set<String> = []
        for lemma in regularLemmas { forms.formUnion(inflect(lemma)) }
        for (_, irregular) in irregularForms { forms.formUnion(irregular) }
        return forms
    }()

    /// Verbs whose object is usually the listener ("told reporters", "asked Medvedev"), not the speaker.
    static let takesListener: Set<String> = ["told", "tell", "tells", "telling", "asked", "ask", "asks", "asking",
                                             "assured", "reassured", "warned", "urged", "reminded"]

    /// Capitalised forms that end a name run in Title Case headlines ("Chris Christie Calls ...", "Said Ellis:").
    static let headlineVerbs: Set<String> = {
        var verbs: Set<String> = ["Says", "Said", "Say", "Told", "Tells", "Calls", "Called", "Speaks", "Spoke", "Slams", "Blasts",
                                  "Defends", "Praises", "Attacks", "Accuses", "Rips", "Hits", "Knocks", "Mocks", "Touts"]
        for form in forms where form.hasSuffix("s") && !form.hasSuffix("ss") {
            verbs.insert(form.prefix(1).uppercased() + form.dropFirst())
        }
        return verbs.subtracting(["States", "Charges", "Posts", "Texts", "Points", "Notes", "Reasons", "Objects", "Reports",
                                  "Answers", "Comments", "Questions", "Counters", "Tweets", "Brands", "Labels"])
    }()

    /// The lemmas with regular inflection (-s, -ed, -ing, with the usual spelling changes).
    static let regularLemmas = [
        "add", "note", "explain", "state", "reply", "respond", "continue", "claim", "insist", "argue", "contend",
        "maintain", "assert", "stress", "emphasise", "emphasize", "reiterate", "declare", "announce", "confirm",
        "clarify", "indicate", "observe", "remark", "comment", "mention", "report", "describe", "recall", "recount",
        "testify", "admit", "acknowledge", "concede", "confess", "deny", "dispute", "reject", "dismiss", "warn",
        "caution", "complain", "criticise", "criticize", "accuse", "charge", "allege", "denounce", "decry", "blast",
        "slam", "lament", "promise", "vow", "pledge", "assure", "reassure", "urge", "recommend", "suggest",
        "propose", "predict", "estimate", "forecast", "conclude", "agree", "disagree", "shout", "yell", "scream",
        "whisper", "mutter", "sigh", "laugh", "joke", "quip", "exclaim", "snap", "grumble", "boast", "tweet",
        "post", "text", "email", "blog", "ask", "answer", "counter", "retort", "demand", "plead", "beg", "scoff",
        "muse", "marvel", "wonder", "chide", "scold", "fume", "rage", "cry", "thunder", "gush", "praise", "hail",
        "laud", "attack", "mock", "tease", "concur", "point", "insert", "affirm", "aver", "remind", "instruct",
        "summarize", "summarise", "reason", "posit", "surmise", "opine", "relate", "interject", "interrupt",
        "conclude", "acknowledge", "protest", "object", "boom", "bellow", "chuckle", "smile", "snort", "huff",
        "elaborate", "cheer", "applaud", "question", "caution", "call", "term", "dub", "label", "brand",
    ]

    /// Forms that do not follow the regular pattern.
    static let irregularForms: [String: [String]] = [
        "say": ["say", "says", "said", "saying"],
        "tell": ["tell", "tells", "told", "telling"],
        "write": ["write", "writes", "wrote", "written", "writing"],
        "speak": ["speak", "speaks", "spoke", "spoken", "speaking"],
        "go on": ["went"],
        "sing": ["sing", "sings", "sang", "sung", "singing"],
        "swear": ["swear", "swears", "swore", "sworn"],
        "forecast": ["forecast", "forecasts"],
        "put": ["put", "puts"],
    ]

    /// -s, -ed and -ing forms of a regular verb.
    static func inflect(_ lemma: String) -> [String] {
        var forms = [lemma]
        let doubled = doublesFinalConsonant(lemma)
        if lemma.hasSuffix("e") {
            forms += [lemma + "s", lemma + "d", String(lemma.dropLast()) + "ing"]
        } else if lemma.hasSuffix("y"), let previous = lemma.dropLast().last, !"aeiou".contains(previous) {
            let stem = String(lemma.dropLast())
            forms += [stem + "ies", stem + "ied", lemma + "ing"]
        } else if lemma.hasSuffix("s") || lemma.hasSuffix("sh") || lemma.hasSuffix("ch") || lemma.hasSuffix("x") {
            forms += [lemma + "es", lemma + "ed", lemma + "ing"]
        } else if let last = doubled {
            forms += [lemma + "s", lemma + String(last) + "ed", lemma + String(last) + "ing"]
        } else {
            forms += [lemma + "s", lemma + "ed", lemma + "ing"]
        }
        return forms
    }

    /// Short verbs ending consonant-vowel-consonant double it: quip → quipped, admit → admitted.
    private static func doublesFinalConsonant(_ lemma: String) -> Character? {
        let doubling: Set<String> = ["quip", "snap", "admit", "slam", "plan", "stop", "beg", "blog", "concur", "aver", "chat"]
        return doubling.contains(lemma) ? lemma.last : nil
    }
}

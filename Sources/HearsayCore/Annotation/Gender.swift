/// What the text tells of a person's gender, for resolving "he" and "she".
enum Gender: Sendable {
    case male
    case female
    case unknown

    /// Whether a pronoun of gender `pronoun` may stand for someone of this gender.
    func admits(_ pronoun: Gender) -> Bool { self == .unknown || pronoun == .unknown || self == pronoun }

    /// The gender a pronoun speaks of: he → male, she → female.
    static func ofPronoun(_ lower: String) -> Gender? {
        switch lower {
        case "he", "him", "his", "himself": return .male
        case "she", "her", "hers", "herself": return .female
        default: return nil
        }
    }
}

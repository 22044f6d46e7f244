/// Family names written first in Chinese, Korean and Vietnamese names ("Xi Jinping" is later "Xi").
enum EastAsianNames {
    static let familyNames: Set<String> = [
        "Xi", "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu",
        "Hu", "Guo", "He", "Lin", "Kim", "Park", "Lee", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han",
        "Shin", "Moon", "Nguyen", "Nguyễn", "Tran", "Trần", "Le", "Lê", "Pham", "Phạm", "Hoang", "Vo", "Ho", "Deng",
        "Mao", "Jiang", "Wen", "Bo", "Ban", "Roh", "Yoo",
    ]

    /// The family names, found without hashing by `Hasher` (asked once for each full name).
    private static let index = NameWordIndex(Array(familyNames))

    /// Whether `word` is one of `familyNames`.
    static func isFamilyName(_ word: String) -> Bool { index.number(of: word) != nil }
}

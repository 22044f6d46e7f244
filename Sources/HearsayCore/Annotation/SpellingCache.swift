import Synchronization

/// The spellings the annotator has met, kept from one article to the next: each article is tokenized against
/// what the articles before it taught (`current()`), and hands back the spellings it added (`keep`), so that
/// a spelling's facts are worked out once for as long as the lexicon lives, not once per article.
///
/// Facts depend on a spelling's bytes and the word lists alone, so what the cache holds never changes an answer.
final class SpellingCache: Sendable {
    private let vocabulary: Mutex<Vocabulary>

    /// Spellings kept at most: past this, articles keep their new spellings to themselves. A spelling takes about
    /// 120 bytes (four slots of 8, an entry of 64, its String and its bytes), so the cache stays under 64 MB; news in
    /// English brings a few hundred thousand spellings in a year of articles.
    static let limit = 1 << 19

    init(_ vocabulary: Vocabulary) {
        self.vocabulary = Mutex(vocabulary)
    }

    /// What tokenizing an article starts from now.
    func current() -> Vocabulary {
        vocabulary.withLock { $0 }
    }

    /// Keeps the spellings an article added to `current()`'s, when no other article has added any meanwhile
    /// (their numbers then follow on); call it once the article's tokens are gone, so that the tables are
    /// extended in place rather than copied.
    func keep(_ added: WordSpellings) {
        guard added.count > 0 else { return }
        vocabulary.withLock { vocabulary in
            guard added.firstNumber == vocabulary.known.nextNumber, vocabulary.known.count + added.count <= Self.limit else { return }
            vocabulary.learn(added)
        }
    }
}

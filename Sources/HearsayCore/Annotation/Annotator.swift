/// Finds who said what, and where, in an article: quotes with their speakers, reported speech, and places.
///
/// Annotation never fails: any text gives in-range spans, non-overlapping within each kind.
public struct Annotator: Sendable {
    let lexicon: Lexicon
    /// The spellings this annotator has met, with their facts, from article to article (its copies share them).
    private let spellings: SpellingCache

    /// An annotator using the word lists and gazetteer shipped with the program.
    public init() {
        self.init(lexicon: Lexicon.shared)
    }

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        spellings = SpellingCache(lexicon.vocabulary)
    }

    /// Annotates the headline and body of `article` (the footer is left alone).
    public func annotate(_ article: Article) -> Annotation {
        let (annotation, added) = annotate(article, vocabulary: spellings.current())
        spellings.keep(added)   // after the article's tokens are gone: see `SpellingCache.keep`
        return annotation
    }

    /// Annotates `article` tokenized with `vocabulary`; the spellings it added to the vocabulary.
    private func annotate(_ article: Article, vocabulary: Vocabulary) -> (Annotation, WordSpellings) {
        let (paragraphs, added) = AnalysedParagraph.paragraphs(of: article.annotatedSegments, vocabulary: vocabulary)
        let persons = PersonFinder.analyse(paragraphs, lexicon: lexicon)
        let segments = QuoteFinder.find(in: paragraphs.map(\.tokens), headlineIndex: 0)
            .filter { QuoteFilter.isSpeech($0, in: paragraphs[$0.paragraph]) }
        var attributor = QuoteAttributor(paragraphs: paragraphs, persons: persons, segments: segments)
        attributor.run()
        let places = PlaceFinder(lexicon: lexicon, people: persons.registry).places(in: paragraphs, persons: persons)
        let annotation = AnnotationAssembler(article: article, resolver: attributor.resolver, segments: segments,
                                             speakers: attributor.speakers, reported: attributor.reported, places: places).assemble()
        return (annotation, added)
    }
}

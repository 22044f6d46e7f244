/// The person analysis shared by the readers of an article's paragraphs: a reader holds a reference to it
/// rather than a copy, which would retain and release each of the analysis's buffers for every paragraph.
final class SharedPersons: Sendable {
    let analysis: PersonAnalysis

    init(_ analysis: PersonAnalysis) {
        self.analysis = analysis
    }
}

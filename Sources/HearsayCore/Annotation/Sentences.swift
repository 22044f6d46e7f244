/// The sentences of one paragraph, as token index ranges in order, numbered from 0: a view of the article's
/// sentences, split into one array (see `AnalysedParagraph.paragraphs`), so that a paragraph needs no array of
/// its own.
struct Sentences: RandomAccessCollection, Sendable {
    private let all: [Range<Int>]
    private let offset: Int
    let endIndex: Int

    /// The sentences at `bounds` in `all`.
    init(_ all: [Range<Int>], _ bounds: Range<Int>) {
        self.all = all
        offset = bounds.lowerBound
        endIndex = bounds.count
    }

    var startIndex: Int { 0 }

    @inline(__always)
    subscript(position: Int) -> Range<Int> {
        precondition(position >= 0 && position < endIndex, "sentence index out of range")
        return all[offset + position]
    }
}

import HearsayCore

/// One fuzz input through everything that reads an article: the loader (binary sniffing, UTF-8 and UTF-16
/// decoding, line splitting), the annotator, both `annotate` outputs, and a rendered frame. Any broken
/// promise traps, which libFuzzer (or the driver) reports with the input that caused it.
enum FuzzOneInput {
    static let annotator = Annotator()

    static func run(_ bytes: [UInt8]) {
        guard case .success(let article) = ArticleLoader.article(from: bytes, source: "fuzz.txt") else { return }
        let annotation = annotator.annotate(article)
        checkSpans(annotation, scalarCount: article.text.unicodeScalars.count)
        checkInert(AnnotationListing.render(article: article, annotation: annotation), "listing")
        checkInert(AnnotationJSON.line(file: article.source, article: article, annotation: annotation), "JSON")
        render(article, annotation, width: 20 + Int(bytes.first ?? 0) % 100, height: 4 + Int(bytes.last ?? 0) % 30)
    }

    /// Every span in range and non-empty, spans of one kind apart, speaker indexes valid.
    private static func checkSpans(_ annotation: Annotation, scalarCount: Int) {
        let quotes = annotation.quotes.map(\.span)
        let places = annotation.places.map(\.span)
        let reported = annotation.reported.map(\.span)
        let mentions = annotation.speakers.flatMap(\.mentions)
        for span in quotes + places + reported + mentions {
            require(0 <= span.start && span.start < span.end && span.end <= scalarCount, "span \(span) out of 0..<\(scalarCount)")
        }
        for spans in [quotes, places, reported] {
            require(zip(spans, spans.dropFirst()).allSatisfy { $0.end <= $1.start }, "overlapping spans of one kind")
        }
        let speakers = annotation.quotes.compactMap(\.speaker) + annotation.reported.compactMap(\.speaker)
        require(speakers.allSatisfy { annotation.speakers.indices.contains($0) }, "speaker index out of range")
    }

    /// Output for a terminal: no control, C1, bidirectional or zero-width scalar but the line feed.
    private static func checkInert(_ output: String, _ what: String) {
        let bad = output.unicodeScalars.first { $0 != "\n" && SafeText.placeholder(for: $0) != nil }
        require(bad == nil, "\(what) holds U+\(String(bad?.value ?? 0, radix: 16))")
    }

    /// The article in the reader at one size: the frame's cells must all be safe.
    private static func render(_ article: Article, _ annotation: Annotation, width: Int, height: Int) {
        let catalog = LibraryCatalog(library: Library(entries: [Library.Entry(path: article.source)]),
                                     loader: { _ in .success(article) }, annotate: { _ in annotation })
        var state = ReaderState(size: Size(width: width, height: height), articleCount: 1)
        let context = ReaderContext(document: catalog.loadedDocument(at: 0))
        for action in [Action.open, .bottom, .nextQuote, .startSearch, .searchInput("e"), .searchConfirm, .nextMatch] {
            state = Reader.update(state, action, context: context).state
        }
        let grid = Screen.render(state, catalog: catalog, theme: BuiltinThemes.standard)
        let unsafe = grid.cells.contains { cell in cell.text.unicodeScalars.contains { SafeText.placeholder(for: $0) != nil } }
        require(!unsafe, "an unsafe scalar in a rendered cell")
    }

    private static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { preconditionFailure("fuzz: " + message()) }
    }
}

/// libFuzzer's entry point, used when built with `-sanitize=fuzzer` (libFuzzer then supplies `main`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzOneInput.run(bytes)
    return 0
}

import HearsayCore

/// Annotation throughput on a generated corpus, streamed article by article (never held whole), beside the
/// floor: decoding the same bytes and splitting them into words. Single thread.
public struct AnnotationBenchmark {
    public let plan: BenchmarkPlan

    public init(plan: BenchmarkPlan) {
        self.plan = plan
    }

    public func run() -> [BenchmarkRow] {
        let target = Int(plan.annotateMB * 1_000_000)
        var generator = NewsGenerator(seed: plan.seed)
        let annotator = Annotator()
        var bytesDone = 0
        var articles = 0
        var annotateNanos: UInt64 = 0
        var floorNanos: UInt64 = 0
        var loadNanos: UInt64 = 0
        var quotes = 0
        var words = 0
        while bytesDone < target || articles == 0 {
            let bytes = Array(generator.newsArticle().utf8)
            let floorStart = Stopwatch.now()
            words += WordSplitter.countWords(String(decoding: bytes, as: UTF8.self))
            let annotateStart = Stopwatch.now()
            let loaded = ArticleLoader.article(from: bytes, source: "corpus-\(articles).txt")
            loadNanos += Stopwatch.now() - annotateStart
            if case .success(let article) = loaded { quotes += annotator.annotate(article).quotes.count }
            let end = Stopwatch.now()
            floorNanos += annotateStart - floorStart
            annotateNanos += end - annotateStart
            bytesDone += bytes.count
            articles += 1
        }
        let megabytes = Double(bytesDone) / 1_000_000
        let annotateSeconds = Double(annotateNanos) / 1e9
        let floorSeconds = Double(floorNanos) / 1e9
        let size = "\(ReportFormat.number(megabytes)) MB, \(articles) articles"
        let rssBudget = 3 * Double(bytesDone) / 1_048_576 + 50
        return [
            BenchmarkRow(id: "annotate.throughput", label: "annotation throughput (\(ReportFormat.number(megabytes)) MB)",
                         unit: "MB/s", median: megabytes / max(annotateSeconds, 1e-9), budget: .atLeast(50),
                         rssBudgetMB: rssBudget,
                         note: "\(size): decode + parse + annotate, \(ReportFormat.number(annotateSeconds)) s "
                             + "(decode + parse \(ReportFormat.number(Double(loadNanos) / 1e9)) s); \(quotes) quotes"),
            BenchmarkRow(id: "annotate.floor", label: "floor: decode + split into words", unit: "MB/s",
                         median: megabytes / max(floorSeconds, 1e-9),
                         note: "same bytes, \(ReportFormat.number(floorSeconds)) s; \(words) words"),
            BenchmarkRow(id: "annotate.ratio", label: "annotation time / floor time", unit: "×",
                         median: annotateSeconds / max(floorSeconds, 1e-9), budget: .atMost(10)),
        ]
    }
}

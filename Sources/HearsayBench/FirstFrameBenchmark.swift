import HearsayCore

/// Time from nothing to the first complete frame of a library, headless: scan the folder, build the catalog,
/// render the list (titles and quote counts of the visible rows) and the first article, as `hearsay` does
/// (the annotator's word lists load on another thread during the scan).
public struct FirstFrameBenchmark {
    public let plan: BenchmarkPlan
    public let count: Int

    public init(plan: BenchmarkPlan, count: Int) {
        self.plan = plan
        self.count = count
    }

    public func run() throws -> [BenchmarkRow] {
        let directory = try Fixtures.library(count: count, plan: plan)
        let start = Stopwatch.now()
        AnnotatorWarmUp.start()
        let library = Library.scan([directory])
        let scanned = Stopwatch.now()
        let catalog = LibraryCatalog(library: library)
        let state = ReaderState(size: Size(width: plan.width, height: plan.height), articleCount: catalog.count)
        let grid = Screen.render(state, catalog: catalog, theme: BuiltinThemes.standard)
        let end = Stopwatch.now()
        let complete = grid.rows.first?.contains("Articles (\(count))") ?? false
        let milliseconds = Double(end - start) / 1e6
        let budget: Budget? = count == 10_000 ? .atMost(150) : count == 100_000 ? .atMost(1_000) : nil
        return [BenchmarkRow(
            id: "first-frame.\(count)", label: "first frame, \(count) articles", unit: "ms", median: milliseconds,
            budget: budget,
            note: "scan \(ReportFormat.number(Double(scanned - start) / 1e6)) ms, catalog + frame "
                + "\(ReportFormat.number(Double(end - scanned) / 1e6)) ms\(complete ? "" : "; FRAME INCOMPLETE")"
        )]
    }
}

/// One part of the benchmark, run in a process of its own so its peak RSS is its own.
public enum BenchmarkPhase: Hashable, Sendable {
    case annotate
    case firstFrame(count: Int)
    case article
    case terminal

    /// The name a child process is given on its command line.
    public var name: String {
        switch self {
        case .annotate: return "annotate"
        case .firstFrame(let count): return "first-frame-\(count)"
        case .article: return "article"
        case .terminal: return "terminal"
        }
    }

    /// How many processes measure the phase, the median of their figures taken: a first frame is one sample per
    /// cold start, and an annotation pass one sample of the whole corpus, so both are run several times (the
    /// machine is shared: one pass slowed by a neighbour is then outvoted); the other phases take many samples in
    /// one process.
    public var runs: Int {
        switch self {
        case .firstFrame: return 5
        case .annotate: return 3
        case .article, .terminal: return 1
        }
    }

    /// The phase named `name`, as `name` writes it.
    public init?(name: String) {
        switch name {
        case "annotate": self = .annotate
        case "article": self = .article
        case "terminal": self = .terminal
        default:
            let prefix = "first-frame-"
            guard name.hasPrefix(prefix), let count = Int(name.dropFirst(prefix.count)) else { return nil }
            self = .firstFrame(count: count)
        }
    }
}

/// The whole benchmark: its phases in order, each run here or (by the executable) in a child process.
public enum BenchmarkSuite {
    /// Every phase of `plan`, in the order of the report. The terminal phase only when the plan asks for it.
    public static func phases(_ plan: BenchmarkPlan) -> [BenchmarkPhase] {
        [.annotate] + plan.librarySizes.map { .firstFrame(count: $0) } + [.article] + (plan.terminal ? [.terminal] : [])
    }

    /// Writes the inputs every phase needs (not timed; kept for later runs).
    public static func prepare(_ plan: BenchmarkPlan) throws {
        for count in plan.librarySizes { _ = try Fixtures.library(count: count, plan: plan) }
        _ = try Fixtures.longArticle(plan: plan)
    }

    /// Runs one phase in this process; `binary` is the `hearsay` executable for the terminal phase.
    public static func run(_ phase: BenchmarkPhase, plan: BenchmarkPlan, binary: String) throws -> [BenchmarkRow] {
        switch phase {
        case .annotate: return AnnotationBenchmark(plan: plan).run()
        case .firstFrame(let count): return try FirstFrameBenchmark(plan: plan, count: count).run()
        case .article: return try ArticleBenchmark(plan: plan).run()
        case .terminal: return try TerminalBenchmark(plan: plan, binary: binary).run()
        }
    }

    /// The ids of the rows a full report of `plan` has, in order.
    public static func rowIDs(_ plan: BenchmarkPlan) -> [String] {
        var ids = ["annotate.throughput", "annotate.floor", "annotate.ratio"]
        ids += plan.librarySizes.map { "first-frame.\($0)" }
        ids += ["article.open", "key.line", "key.page", "key.quote", "key.search-next", "key.typing", "resize"]
        if plan.terminal { ids += ["terminal.startup", "terminal.first-frame"] }
        return ids
    }
}

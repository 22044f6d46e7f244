/// A limit a figure must keep: at most or at least a value.
public struct Budget: Codable, Hashable, Sendable {
    public enum Direction: String, Codable, Sendable {
        case atMost
        case atLeast
    }

    /// Which figure of a row the budget applies to.
    public enum Figure: String, Codable, Sendable {
        case median
        case p99
    }

    public let direction: Direction
    public let limit: Double
    public let figure: Figure

    public static func atMost(_ limit: Double, _ figure: Figure = .median) -> Budget {
        Budget(direction: .atMost, limit: limit, figure: figure)
    }

    public static func atLeast(_ limit: Double) -> Budget {
        Budget(direction: .atLeast, limit: limit, figure: .median)
    }

    /// Whether `value` keeps the budget.
    public func isMet(by value: Double) -> Bool {
        direction == .atMost ? value <= limit : value >= limit
    }

    /// "≤ 150", "≥ 50", "p99 ≤ 5".
    public func describe(unit: String) -> String {
        let sign = direction == .atMost ? "≤" : "≥"
        let prefix = figure == .p99 ? "p99 " : ""
        return "\(prefix)\(sign) \(ReportFormat.number(limit)) \(unit)"
    }
}

/// One line of the benchmark's report: what was measured, its median (or single value) and 99th percentile,
/// its budget, and the peak resident memory of the process that measured it.
public struct BenchmarkRow: Codable, Hashable, Sendable {
    /// A stable name for scripts: `annotate.throughput`, `first-frame.10000`, `key.page`...
    public let id: String
    public let label: String
    public let unit: String
    /// The value, or the median of the samples.
    public var median: Double
    /// The 99th percentile, for rows with many samples.
    public var p99: Double?
    /// How many samples the figures come from.
    public var samples: Int
    public var budget: Budget?
    /// Peak RSS (VmHWM) of the measuring process when the row was taken, in MB (2^20 bytes).
    public var peakRSSMB: Double
    /// The RSS budget, in MB, when the row has one.
    public var rssBudgetMB: Double?
    /// What else a reader needs to know (a breakdown, or why the row was skipped).
    public var note: String
    /// The row could not be measured here (no tmux...): figures are zero and no budget applies.
    public var skipped: Bool

    public init(id: String, label: String, unit: String, median: Double, p99: Double? = nil, samples: Int = 1,
                budget: Budget? = nil, rssBudgetMB: Double? = nil, note: String = "", skipped: Bool = false) {
        self.id = id
        self.label = label
        self.unit = unit
        self.median = median
        self.p99 = p99
        self.samples = samples
        self.budget = budget
        self.rssBudgetMB = rssBudgetMB
        self.note = note
        self.skipped = skipped
        peakRSSMB = Double(ProcessMemory.peakResidentBytes()) / 1_048_576
    }

    /// One row from the same row measured in several runs: the run with the median figure, counted as that
    /// many samples, with the highest peak RSS of them all. Nil for no runs.
    public static func median(of runs: [BenchmarkRow]) -> BenchmarkRow? {
        let sorted = runs.sorted { $0.median < $1.median }
        guard var row = sorted.isEmpty ? nil : sorted[(sorted.count - 1) / 2] else { return nil }
        row.samples = runs.reduce(0) { $0 + $1.samples }
        row.peakRSSMB = runs.map(\.peakRSSMB).max() ?? row.peakRSSMB
        if runs.count > 1 { row.note += row.note.isEmpty ? "median of \(runs.count) runs" : "; median of \(runs.count) runs" }
        return row
    }

    /// Whether the row keeps its budgets (true when it has none or was skipped).
    public var meetsBudget: Bool {
        if skipped { return true }
        if let budget {
            let value = budget.figure == .p99 ? (p99 ?? median) : median
            if !budget.isMet(by: value) { return false }
        }
        if let rssBudgetMB, peakRSSMB > rssBudgetMB { return false }
        return true
    }
}

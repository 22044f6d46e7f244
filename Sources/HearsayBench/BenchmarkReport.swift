import Foundation

/// The benchmark's result: every row, and the conditions of the run.
public struct BenchmarkReport: Codable, Sendable {
    public var rows: [BenchmarkRow]
    public let plan: BenchmarkPlan
    /// `uname -m`, the number of processors, and whether this is a release build.
    public let machine: String

    public init(rows: [BenchmarkRow], plan: BenchmarkPlan) {
        self.rows = rows
        self.plan = plan
        #if DEBUG
        let build = "debug build"
        #else
        let build = "release build"
        #endif
        machine = "\(ProcessInfo.processInfo.processorCount) processors, \(build)"
    }

    /// The report as a text table.
    public func table() -> String {
        var cells = [["measure", "median", "p99", "budget", "peak RSS", "", "note"]]
        for row in rows {
            if row.skipped {
                cells.append([row.label, "—", "—", "", "", "skipped", row.note])
                continue
            }
            let median = ReportFormat.number(row.median) + " " + row.unit
            let p99 = row.p99.map { ReportFormat.number($0) + " " + row.unit } ?? ""
            var budget = row.budget?.describe(unit: row.unit) ?? ""
            if let rss = row.rssBudgetMB { budget += (budget.isEmpty ? "" : ", ") + "RSS ≤ \(ReportFormat.number(rss)) MB" }
            let status = row.budget == nil && row.rssBudgetMB == nil ? "" : row.meetsBudget ? "ok" : "OVER"
            cells.append([row.label, median, p99, budget, ReportFormat.number(row.peakRSSMB) + " MB", status, row.note])
        }
        return ReportFormat.table(cells) + "\n(\(machine); peak RSS is VmHWM of the process that measured the row)"
    }

    /// The report as one JSON object.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}

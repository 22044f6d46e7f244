import Foundation
import HearsayBench
import Testing

/// The benchmark's code on tiny sizes: it runs, and the report has every row. No timing is checked.
@Suite("Benchmark")
struct BenchmarkTests {
    @Test("The generator gives the same articles for the same seed, with quotes and a footer")
    func generatorIsDeterministic() {
        var first = NewsGenerator(seed: 7)
        var second = NewsGenerator(seed: 7)
        let article = first.article(bytes: 4_000)
        #expect(article == second.article(bytes: 4_000))
        #expect(article.utf8.count >= 4_000)
        #expect(article.contains("“") || article.contains("\""))
        #expect(article.contains("All rights reserved"))
    }

    @Test("A tiny run of every phase in this process reports every row")
    func tinyRunHasEveryRow() throws {
        var plan = BenchmarkPlan()
        plan.annotateMB = 0.02
        plan.librarySizes = [30, 80]
        plan.articleMB = 0.1
        plan.keys = 20
        plan.terminal = false
        plan.workDirectory = NSTemporaryDirectory() + "hearsay-bench-test-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: plan.workDirectory) }
        try BenchmarkSuite.prepare(plan)
        var rows: [BenchmarkRow] = []
        for phase in BenchmarkSuite.phases(plan) {
            rows += try BenchmarkSuite.run(phase, plan: plan, binary: "")
        }
        let report = BenchmarkReport(rows: rows, plan: plan)
        #expect(rows.map(\.id) == BenchmarkSuite.rowIDs(plan))
        #expect(rows.allSatisfy { $0.median > 0 && $0.peakRSSMB > 0 })
        #expect(rows.filter { $0.id.hasPrefix("key.") }.allSatisfy { $0.samples >= 20 && $0.p99 != nil })
        #expect(!rows.contains { $0.note.contains("INCOMPLETE") })
        let table = report.table()
        for row in rows { #expect(table.contains(row.label)) }
        let decoded = try JSONDecoder().decode(BenchmarkReport.self, from: Data(try report.json().utf8))
        #expect(decoded.rows.map(\.id) == rows.map(\.id))
    }

    @Test("Rows from several cold starts give the median run, all its samples and the highest peak RSS")
    func medianOfRuns() throws {
        let runs = [30.0, 10.0, 20.0].map { value in
            var row = BenchmarkRow(id: "first-frame.10", label: "first frame", unit: "ms", median: value, note: "scan")
            row.peakRSSMB = value
            return row
        }
        let merged = try #require(BenchmarkRow.median(of: runs))
        #expect(merged.median == 20 && merged.samples == 3 && merged.peakRSSMB == 30)
        #expect(merged.note == "scan; median of 3 runs")
        #expect(BenchmarkRow.median(of: []) == nil)
        #expect(BenchmarkPhase.firstFrame(count: 10).runs > 1 && BenchmarkPhase.annotate.runs > 1 && BenchmarkPhase.article.runs == 1)
    }
}

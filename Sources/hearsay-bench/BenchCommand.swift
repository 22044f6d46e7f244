import ArgumentParser
import Foundation
import HearsayBench

/// `hearsay-bench`: generates its inputs, runs each phase in a child process (for a peak RSS of its own)
/// and prints the report as a table or as JSON.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hearsay-bench",
        abstract: "Measure annotation throughput, first frames, key latency, re-wrapping and memory.",
        discussion: "Build it in release mode: swift run -c release hearsay-bench"
    )

    @Option(name: .customLong("annotate-mb"), help: "Size of the annotation corpus in MB.")
    var annotateMB: Double = 100

    @Option(help: "Library sizes for the first-frame rows, comma-separated.")
    var libraries: String = "1000,10000,100000"

    @Option(name: .customLong("article-mb"), help: "Size of the article the key rows read, in MB.")
    var articleMB: Double = 10

    @Option(help: "Keys per key row.")
    var keys: Int = 1_000

    @Option(help: "Seed of the generator.")
    var seed: UInt64 = 2_024

    @Option(name: .customLong("work-dir"), help: "Where generated inputs are kept between runs.")
    var workDirectory: String = NSTemporaryDirectory() + "hearsay-bench"

    @Flag(name: .customLong("no-terminal"), help: "Skip the real binary under tmux.")
    var noTerminal = false

    @Flag(name: .customLong("in-process"), help: "Run every phase in this process (peak RSS is then cumulative).")
    var inProcess = false

    @Flag(help: "Print the report as JSON.")
    var json = false

    @Option(help: .hidden)
    var phase: String?

    func run() throws {
        let plan = try makePlan()
        if let name = phase {
            guard let phase = BenchmarkPhase(name: name) else { throw ValidationError("unknown phase \(name)") }
            let rows = try BenchmarkSuite.run(phase, plan: plan, binary: Self.hearsayBinary)
            print(String(decoding: try JSONEncoder().encode(rows), as: UTF8.self))
            return
        }
        try BenchmarkSuite.prepare(plan)
        var rows: [BenchmarkRow] = []
        for phase in BenchmarkSuite.phases(plan) {
            if !json { FileHandle.standardError.write(Data("running \(phase.name)...\n".utf8)) }
            rows += inProcess || phase == .terminal
                ? try BenchmarkSuite.run(phase, plan: plan, binary: Self.hearsayBinary)
                : try medianRows(of: (0..<phase.runs).map { _ in try runChild(phase) })
        }
        let report = BenchmarkReport(rows: rows, plan: plan)
        print(json ? try report.json() : report.table())
    }

    private func makePlan() throws -> BenchmarkPlan {
        var plan = BenchmarkPlan()
        plan.annotateMB = annotateMB
        plan.librarySizes = try libraries.split(separator: ",").map { part in
            guard let count = Int(part.trimmingCharacters(in: .whitespaces)), count > 0 else {
                throw ValidationError("--libraries takes positive numbers separated by commas")
            }
            return count
        }
        plan.articleMB = articleMB
        plan.keys = max(1, keys)
        plan.seed = seed
        plan.workDirectory = workDirectory
        plan.terminal = !noTerminal
        return plan
    }

    /// Runs `phase` in a child process of this executable and reads its rows.
    /// Row by row, the median of the same rows from several runs of a phase.
    private func medianRows(of runs: [[BenchmarkRow]]) -> [BenchmarkRow] {
        (runs.first ?? []).indices.compactMap { index in BenchmarkRow.median(of: runs.compactMap { $0.indices.contains(index) ? $0[index] : nil }) }
    }

    private func runChild(_ phase: BenchmarkPhase) throws -> [BenchmarkRow] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.ownExecutable)
        process.arguments = Array(CommandLine.arguments.dropFirst()).filter { $0 != "--json" } + ["--phase", phase.name]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ValidationError("phase \(phase.name) failed with status \(process.terminationStatus)")
        }
        return try JSONDecoder().decode([BenchmarkRow].self, from: data)
    }

    /// This program's path, from /proc (the argument may be a bare name found on PATH).
    static var ownExecutable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// The `hearsay` binary built beside this one.
    static var hearsayBinary: String {
        URL(fileURLWithPath: ownExecutable).deletingLastPathComponent().appendingPathComponent("hearsay").path
    }
}

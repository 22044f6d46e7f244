import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The generated inputs on disk: libraries of N articles and one long article, written once and kept
/// in the work directory (a stamp file marks a complete one, so an interrupted run starts it again).
public enum Fixtures {
    /// Bumped when the generator changes, so old fixtures are not reused.
    static let version = 1

    /// The folder of a library of `count` articles, generated if needed.
    public static func library(count: Int, plan: BenchmarkPlan) throws -> String {
        let directory = plan.workDirectory + "/library-\(count)-s\(plan.seed)-v\(version)"
        try generate(in: directory) { path in
            var generator = NewsGenerator(seed: plan.seed &+ UInt64(count))
            for index in 0..<count {
                try write(generator.newsArticle(), to: path + "/" + String(format: "%06d.txt", index))
            }
        }
        return directory
    }

    /// The path of the long article the key rows read, generated if needed.
    public static func longArticle(plan: BenchmarkPlan) throws -> String {
        let directory = plan.workDirectory + "/article-\(plan.articleBytes)-s\(plan.seed)-v\(version)"
        try generate(in: directory) { path in
            var generator = NewsGenerator(seed: plan.seed &+ 7)
            try write(generator.article(bytes: plan.articleBytes), to: path + "/long.txt")
        }
        return directory + "/long.txt"
    }

    private static func generate(in directory: String, _ body: (String) throws -> Void) throws {
        let stamp = directory + "/.complete"
        if FileManager.default.fileExists(atPath: stamp) { return }
        try? FileManager.default.removeItem(atPath: directory)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try body(directory)
        try write("", to: stamp)
    }

    private static func write(_ text: String, to path: String) throws {
        guard let file = fopen(path, "w") else { throw FixtureError.cannotWrite(path) }
        defer { fclose(file) }
        var text = text
        let written = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, file) }
        guard written == text.utf8.count else { throw FixtureError.cannotWrite(path) }
    }
}

/// Why the benchmark could not prepare its inputs.
public enum FixtureError: Error, CustomStringConvertible {
    case cannotWrite(String)

    public var description: String {
        switch self {
        case .cannotWrite(let path): return "cannot write \(path)"
        }
    }
}

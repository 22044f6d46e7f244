import Foundation

/// What the benchmark measures and at what sizes; the same plan gives the same inputs.
public struct BenchmarkPlan: Codable, Hashable, Sendable {
    /// Size of the annotation corpus, in MB (10^6 bytes) of UTF-8.
    public var annotateMB: Double = 100
    /// Library sizes for the first-frame rows.
    public var librarySizes: [Int] = [1_000, 10_000, 100_000]
    /// Size of the article the key rows read, in MB.
    public var articleMB: Double = 10
    /// Keys per key row (at least this many samples).
    public var keys: Int = 1_000
    /// The terminal size of the headless frames.
    public var width: Int = 200
    public var height: Int = 60
    public var seed: UInt64 = 2_024
    /// Where generated libraries and articles are kept between runs.
    public var workDirectory: String = NSTemporaryDirectory() + "hearsay-bench"
    /// Whether to time the real binary under tmux.
    public var terminal: Bool = true

    public init() {}

    /// The article size in bytes.
    var articleBytes: Int { Int(articleMB * 1_000_000) }

    /// The largest library: the one the real binary opens under tmux.
    var largestLibrary: Int { librarySizes.max() ?? 0 }
}

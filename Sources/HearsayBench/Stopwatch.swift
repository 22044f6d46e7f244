#if canImport(Glibc)
import Glibc
#endif

/// The monotonic clock, in nanoseconds.
public enum Stopwatch {
    /// Nanoseconds since an arbitrary fixed point.
    public static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// Milliseconds taken by `body`, and its result.
    public static func measure<T>(_ body: () throws -> T) rethrows -> (milliseconds: Double, value: T) {
        let start = now()
        let value = try body()
        return (Double(now() - start) / 1e6, value)
    }
}

/// Timings of repeated operations, in milliseconds.
public struct Samples: Sendable {
    public private(set) var values: [Double] = []

    public init() {}

    public mutating func add(_ milliseconds: Double) { values.append(milliseconds) }

    /// The value below which `fraction` of the samples lie (nearest rank).
    public func percentile(_ fraction: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(0, rank), sorted.count - 1)]
    }

    public var median: Double { percentile(0.5) }
    public var p99: Double { percentile(0.99) }
    public var count: Int { values.count }
}

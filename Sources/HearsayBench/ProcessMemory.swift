import Foundation

/// The process's resident memory, from `/proc/self/status` (Linux): `VmHWM` is the peak since the process
/// started, so each benchmark phase runs in a child process of its own to get a peak of its own.
public enum ProcessMemory {
    /// The peak resident set size in bytes (0 where /proc is not available).
    public static func peakResidentBytes() -> Int { field("VmHWM:") }

    /// The current resident set size in bytes.
    public static func residentBytes() -> Int { field("VmRSS:") }

    private static func field(_ name: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix(name) {
            let kilobytes = line.dropFirst(name.count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first
                .flatMap { Int($0) } ?? 0
            return kilobytes * 1024
        }
        return 0
    }
}

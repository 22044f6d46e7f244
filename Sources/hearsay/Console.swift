#if canImport(Glibc)
import Glibc
#endif

/// Writes to standard output and standard error without buffering surprises.
enum Console {
    static func output(_ text: String) { write(1, text) }

    static func error(_ text: String) { write(2, "hearsay: " + text + "\n") }

    /// Writes `text` to standard error as it is (already made safe by the caller).
    static func raw(error text: String) { write(2, text) }

    private static func write(_ descriptor: Int32, _ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}

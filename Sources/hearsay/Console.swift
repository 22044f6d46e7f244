#if canImport(Glibc)
import Glibc
#endif

/// Writes to standard output and standard error without buffering surprises.
enum Console {
    static func output(_ text: String) { write(1, text) }

    static func error(_ text: String) { write(2, "hearsay: " + text + "\n") }

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

import Foundation

/// Reads the tab-separated data files shipped with the annotator quickly: one pass over the bytes,
/// '#' comment lines and blank lines skipped.
enum DataFile {
    /// The bundled resource `name.ext` as bytes, or empty when it is missing.
    static func bytes(_ name: String, _ ext: String) -> [UInt8] {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext),
              let data = try? Data(contentsOf: url) else { return [] }
        return [UInt8](data)
    }

    /// Calls `body` with the fields of every data line.
    static func forEachLine(_ bytes: [UInt8], _ body: ([String]) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            while start < buffer.count {
                var end = start
                while end < buffer.count, buffer[end] != 0x0A { end += 1 }
                if end > start, buffer[start] != 0x23 {
                    body(fields(UnsafeBufferPointer(rebasing: buffer[start..<end])))
                }
                start = end + 1
            }
        }
    }

    private static func fields(_ line: UnsafeBufferPointer<UInt8>) -> [String] {
        var result: [String] = []
        var start = 0
        for index in 0...line.count where index == line.count || line[index] == 0x09 {
            result.append(String(decoding: UnsafeBufferPointer(rebasing: line[start..<index]), as: UTF8.self))
            start = index + 1
        }
        return result
    }
}

/// The floor of annotation: splitting text into words (runs of letters, digits and apostrophes), the least any
/// annotator must do. Counted, not kept, so it measures the scan alone.
public enum WordSplitter {
    /// The number of words in `text`.
    public static func countWords(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isWordScalar: Bool
            let value = scalar.value
            if value < 0x80 {
                isWordScalar = (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
                    || (value >= 0x30 && value <= 0x39) || value == 0x27
            } else {
                isWordScalar = scalar.properties.isAlphabetic || scalar == "\u{2019}"
            }
            if isWordScalar && !inWord { count += 1 }
            inWord = isWordScalar
        }
        return count
    }
}

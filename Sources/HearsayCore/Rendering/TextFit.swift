/// Fitting text into a number of columns.
public enum TextFit {
    /// `text` made safe and cut to `width` columns, ending in `ellipsis` when cut.
    public static func truncate(_ text: String, width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        let safe = SafeText.sanitize(text)
        if DisplayWidth.of(safe) <= width { return safe }
        let room = width - DisplayWidth.of(ellipsis)
        guard room > 0 else { return String(ellipsis.prefix(width)) }
        var result = String.UnicodeScalarView()
        var used = 0
        for scalar in safe.unicodeScalars {
            let columns = DisplayWidth.of(scalar)
            if used + columns > room { break }
            result.append(scalar)
            used += columns
        }
        return String(result) + ellipsis
    }

    /// `text` padded with spaces to `width` columns (cut first if longer).
    public static func pad(_ text: String, width: Int, ellipsis: String = "…") -> String {
        let cut = truncate(text, width: width, ellipsis: ellipsis)
        return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
    }
}

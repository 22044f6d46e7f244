/// Writes the annotations of an article as one line of JSON, in the evaluation format (`FORMAT.md`).
public enum AnnotationJSON {
    /// One JSON object on one line: file, quotes, speakers, locations, reported, warnings.
    public static func line(file: String, article: Article, annotation: Annotation) -> String {
        var out = "{\"file\":" + string(file)
        out += ",\"quotes\":[" + annotation.quotes.map { quote in
            "{\"start\":\(quote.span.start),\"end\":\(quote.span.end),\"speaker\":"
                + (annotation.speakerName(of: quote).map(string) ?? "null")
                + ",\"chain\":\(quote.chain),\"headline\":\(quote.inHeadline)}"
        }.joined(separator: ",") + "]"
        out += ",\"speakers\":[" + annotation.speakers.map { speaker in
            "{\"name\":" + string(speaker.name) + ",\"mentions\":["
                + speaker.mentions.map { "{\"start\":\($0.start),\"end\":\($0.end)}" }.joined(separator: ",") + "]}"
        }.joined(separator: ",") + "]"
        out += ",\"locations\":[" + annotation.places.map { place in
            "{\"start\":\(place.span.start),\"end\":\(place.span.end),\"text\":" + string(place.text) + "}"
        }.joined(separator: ",") + "]"
        out += ",\"reported\":[" + annotation.reported.map { item in
            "{\"start\":\(item.span.start),\"end\":\(item.span.end),\"speaker\":"
                + (item.speaker.map { string(annotation.speakers[$0].name) } ?? "null") + "}"
        }.joined(separator: ",") + "]"
        if !article.warnings.isEmpty {
            out += ",\"warnings\":[" + article.warnings.map { string(ArticleWarningText.describe($0)) }.joined(separator: ",") + "]"
        }
        return out + "}"
    }

    /// A JSON string literal; every control character and non-ASCII format character is escaped.
    public static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || SafeText.placeholder(for: scalar) != nil {
                    out += unicodeEscape(scalar)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

/// The words for article warnings, made in one place.
public enum ArticleWarningText {
    public static func describe(_ warning: ArticleWarning) -> String {
        switch warning {
        case .invalidUTF8(let count):
            return "not valid UTF-8: \(count) invalid byte sequence\(count == 1 ? "" : "s") shown as \u{FFFD}"
        case .decodedUTF16: return "UTF-16 text (byte-order mark), decoded as such"
        case .truncated(let limit): return "cut at \(ByteCount.describe(limit))"
        case .longLinesSplit(let lines):
            let noun = lines == 1 ? "line" : "lines"
            return "\(lines) \(noun) longer than \(LongLineSplitter.maximumLength) characters shown as several paragraphs"
        }
    }
}

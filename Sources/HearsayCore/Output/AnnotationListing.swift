/// The readable listing of `hearsay annotate`: quotes with speakers, then speakers and places with counts.
public enum AnnotationListing {
    /// The listing for one article; every piece of article text is made safe for the terminal.
    public static func render(article: Article, annotation: Annotation) -> String {
        let scalars = Array(article.text.unicodeScalars)
        func text(_ span: Span) -> String {
            SafeText.sanitize(String(String.UnicodeScalarView(scalars[span.range.clamped(to: 0..<scalars.count)])))
        }
        var lines = ["== " + SafeText.sanitize(article.source), SafeText.sanitize(article.headline.text), ""]
        lines.append("Quotes (\(annotation.quotes.count)):")
        for (number, quote) in annotation.quotes.enumerated() {
            let speaker = annotation.speakerName(of: quote).map(SafeText.sanitize) ?? "(unattributed)"
            lines.append("  \(number + 1). \(speaker): \u{201C}\(text(quote.span))\u{201D}")
        }
        if !annotation.reported.isEmpty {
            lines.append("Reported speech (\(annotation.reported.count)):")
            for item in annotation.reported {
                let speaker = item.speaker.map { SafeText.sanitize(annotation.speakers[$0].name) } ?? "(unattributed)"
                lines.append("  \(speaker): \(text(item.span))")
            }
        }
        lines.append("Speakers (\(annotation.speakers.count)):")
        for (index, speaker) in annotation.speakers.enumerated() {
            let quotes = annotation.quotes.filter { $0.speaker == index }.count
            let reported = annotation.reported.filter { $0.speaker == index }.count
            lines.append("  \(SafeText.sanitize(speaker.name)): \(quotes) quote\(quotes == 1 ? "" : "s"), \(reported) reported, \(speaker.mentions.count) mention\(speaker.mentions.count == 1 ? "" : "s")")
        }
        var counts: [String: Int] = [:]
        var order: [String] = []
        for place in annotation.places {
            if counts[place.text] == nil { order.append(place.text) }
            counts[place.text, default: 0] += 1
        }
        lines.append("Places (\(order.count)):")
        for name in order { lines.append("  \(SafeText.sanitize(name)): \(counts[name] ?? 0)") }
        return lines.joined(separator: "\n") + "\n"
    }
}

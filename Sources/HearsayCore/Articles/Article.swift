/// One news article: a headline, body paragraphs and a boilerplate footer, all within one text.
///
/// Offsets everywhere are Unicode scalar offsets into `text`, the file exactly as decoded.
public struct Article: Sendable {
    /// Where the article came from (a path as the user gave it, or a name in tests).
    public let source: String
    /// The whole text, as decoded; every offset points into its Unicode scalars.
    public let text: String
    /// The headline (line 1); empty when the file has no text at all.
    public let headline: TextSegment
    /// The body paragraphs, one per non-empty line after the headline, footer excluded.
    public let paragraphs: [TextSegment]
    /// Trailing boilerplate lines (copyright, "All rights reserved"), kept apart from the body.
    public let footer: [TextSegment]
    /// Problems met while reading that did not stop it (invalid UTF-8, a byte-order mark...).
    public let warnings: [ArticleWarning]
    /// The headline followed by the body paragraphs: the segments the annotator reads (kept, not joined on each use).
    public let annotatedSegments: [TextSegment]

    public init(source: String, text: String, headline: TextSegment, paragraphs: [TextSegment],
                footer: [TextSegment], warnings: [ArticleWarning] = []) {
        self.source = source
        self.text = text
        self.headline = headline
        self.paragraphs = paragraphs
        self.footer = footer
        self.warnings = warnings
        annotatedSegments = [headline] + paragraphs
    }

    /// An article whose headline and body paragraphs are `annotatedSegments` (which holds at least the headline).
    init(source: String, text: String, annotatedSegments: [TextSegment], footer: [TextSegment], warnings: [ArticleWarning]) {
        self.source = source
        self.text = text
        headline = annotatedSegments[0]
        paragraphs = Array(annotatedSegments.dropFirst())
        self.footer = footer
        self.warnings = warnings
        self.annotatedSegments = annotatedSegments
    }
}

/// Something odd about an article's file that did not stop it from being read.
public enum ArticleWarning: Hashable, Sendable {
    /// Bytes that are not UTF-8 were replaced with U+FFFD.
    case invalidUTF8(replacedSequences: Int)
    /// The file was UTF-16 with a byte-order mark and was decoded as such.
    case decodedUTF16
    /// The file was cut at a size limit.
    case truncated(limit: Int)
    /// Lines longer than `LongLineSplitter.maximumLength` were cut into several paragraphs.
    case longLinesSplit(lines: Int)
}

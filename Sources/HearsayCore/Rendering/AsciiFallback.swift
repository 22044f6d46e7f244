import Foundation

/// What a cell becomes on a terminal whose locale is not UTF-8 (C, POSIX): exactly one printable ASCII
/// character, so nothing arrives as mojibake and every column stays where the grid put it.
///
/// Letters lose their accents (Zoë → Zoe), curly quotes and dashes become their ASCII forms, arrows
/// become `^ v < >`, and anything else is `?`. The right half of a wide character is a blank.
public enum AsciiFallback {
    /// The ASCII character for a cell holding `text` (a scalar and its combining marks; empty for the
    /// right half of a wide character).
    public static func character(for text: String) -> Character {
        guard let first = text.unicodeScalars.first else { return " " }
        return character(for: first)
    }

    /// The ASCII character for one scalar.
    public static func character(for scalar: Unicode.Scalar) -> Character {
        if (0x20...0x7E).contains(scalar.value) { return Character(scalar) }
        if let known = punctuation[scalar] { return known }
        if let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first,
           (0x41...0x7A).contains(base.value), base.properties.isAlphabetic {
            return Character(base)
        }
        return "?"
    }

    /// The frame's and the text's non-ASCII punctuation with an ASCII look-alike.
    static let punctuation: [Unicode.Scalar: Character] = [
        "\u{A0}": " ", "\u{2018}": "'", "\u{2019}": "'", "\u{201A}": "'", "\u{201B}": "'", "\u{2039}": "'",
        "\u{203A}": "'", "\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"", "\u{201F}": "\"", "\u{AB}": "\"",
        "\u{BB}": "\"", "\u{275D}": "\"", "\u{2010}": "-", "\u{2011}": "-", "\u{2012}": "-", "\u{2013}": "-",
        "\u{2014}": "-", "\u{2015}": "-", "\u{2212}": "-", "\u{2026}": ".", "\u{B7}": ".", "\u{2022}": "*",
        "\u{25CF}": "*", "\u{25B6}": ">", "\u{2191}": "^", "\u{2193}": "v", "\u{2190}": "<", "\u{2192}": ">",
        "\u{2500}": "-", "\u{2502}": "|", "\u{250C}": "+", "\u{2510}": "+", "\u{2514}": "+", "\u{2518}": "+",
        "\u{2002}": " ", "\u{2003}": " ", "\u{2009}": " ", "\u{202F}": " ", "\u{DF}": "s", "\u{C6}": "A",
        "\u{E6}": "a", "\u{D8}": "O", "\u{F8}": "o", "\u{141}": "L", "\u{142}": "l", "\u{110}": "D", "\u{111}": "d",
    ]
}

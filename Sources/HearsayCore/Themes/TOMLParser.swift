/// Parses the TOML subset of theme files: `[table]` headers, `key = value` with strings, integers,
/// booleans and one-line arrays, and `#` comments. Anything else is an error naming its line.
public enum TOMLParser {
    /// The tables of `text` in order, or the first error.
    public static func parse(_ text: String) -> Result<[TOMLTable], TOMLError> {
        var tables: [TOMLTable] = [TOMLTable(name: "", line: 0, entries: [])]
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var cursor = Cursor(Array(rawLine.unicodeScalars), line: lineNumber)
            cursor.skipSpaces()
            if cursor.atEndOfContent { continue }
            do {
                if cursor.peek == "[" {
                    let name = try cursor.tableHeader()
                    if tables.contains(where: { $0.name == name }) {
                        return .failure(TOMLError(line: lineNumber, key: nil, problem: "table [\(name)] appears twice"))
                    }
                    tables.append(TOMLTable(name: name, line: lineNumber, entries: []))
                } else {
                    let entry = try cursor.keyValue()
                    let index = tables.count - 1
                    if tables[index].entries.contains(where: { $0.key == entry.key }) {
                        return .failure(TOMLError(line: lineNumber, key: entry.key, problem: "the key is given twice"))
                    }
                    tables[index].entries.append(entry)
                }
            } catch let error as TOMLError {
                return .failure(error)
            } catch {
                return .failure(TOMLError(line: lineNumber, key: nil, problem: "\(error)"))
            }
        }
        if tables[0].entries.isEmpty { tables.removeFirst() }
        return .success(tables)
    }
}

/// Reads one line of TOML scalar by scalar.
private struct Cursor {
    let scalars: [Unicode.Scalar]
    let line: Int
    var index = 0
    var key: String?

    init(_ scalars: [Unicode.Scalar], line: Int) {
        self.scalars = scalars
        self.line = line
    }

    var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
    var atEndOfContent: Bool { peek == nil || peek == "#" || peek == "\r" }

    mutating func skipSpaces() {
        while let scalar = peek, scalar == " " || scalar == "\t" { index += 1 }
    }

    func fail(_ problem: String) -> TOMLError { TOMLError(line: line, key: key, problem: problem) }

    mutating func expectEnd() throws {
        skipSpaces()
        if !atEndOfContent { throw fail("unexpected text after the value") }
    }

    mutating func tableHeader() throws -> String {
        index += 1
        skipSpaces()
        let name = try bareOrQuotedKey()
        skipSpaces()
        guard peek == "]" else { throw fail("expected ] to close the table name") }
        index += 1
        try expectEnd()
        return name
    }

    mutating func keyValue() throws -> TOMLEntry {
        let name = try bareOrQuotedKey()
        key = name
        skipSpaces()
        guard peek == "=" else { throw fail("expected = after the key") }
        index += 1
        skipSpaces()
        let value = try self.value()
        try expectEnd()
        return TOMLEntry(key: name, value: value, line: line)
    }

    mutating func bareOrQuotedKey() throws -> String {
        if peek == "\"" { return try basicString() }
        var name = String.UnicodeScalarView()
        while let scalar = peek, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_" {
            name.append(scalar)
            index += 1
        }
        if name.isEmpty { throw fail("expected a key name") }
        return String(name)
    }

    mutating func value() throws -> TOMLValue {
        guard let first = peek, first != "#" else { throw fail("missing value") }
        switch first {
        case "\"": return .string(try basicString())
        case "'": return .string(try literalString())
        case "[": return try array()
        case "t", "f": return try boolean()
        default: return try integer()
        }
    }

    mutating func array() throws -> TOMLValue {
        index += 1
        var items: [TOMLValue] = []
        while true {
            skipSpaces()
            if peek == "]" { index += 1; return .array(items) }
            if atEndOfContent { throw fail("the array is not closed with ] on the same line") }
            items.append(try value())
            skipSpaces()
            if peek == "," { index += 1 } else if peek != "]" { throw fail("expected , or ] in the array") }
        }
    }

    mutating func boolean() throws -> TOMLValue {
        let word = takeWord()
        switch word {
        case "true": return .boolean(true)
        case "false": return .boolean(false)
        default: throw fail("unknown value \(word) (strings need quotes)")
        }
    }

    mutating func integer() throws -> TOMLValue {
        let word = takeWord()
        guard let number = Int(word.filter { $0 != "_" }) else {
            throw fail("unknown value \(word) (strings need quotes)")
        }
        return .integer(number)
    }

    /// The scalars from here while `keeps` holds for them, consumed.
    mutating func take(while keeps: (Unicode.Scalar) -> Bool) -> String {
        var taken = String.UnicodeScalarView()
        while let scalar = peek, keeps(scalar) {
            taken.append(scalar)
            index += 1
        }
        return String(taken)
    }

    mutating func takeWord() -> String {
        take { $0 != " " && $0 != "\t" && $0 != "," && $0 != "]" && $0 != "#" }
    }

    mutating func literalString() throws -> String {
        index += 1
        let text = take { $0 != "'" }
        guard peek == "'" else { throw fail("the string is not closed") }
        index += 1
        return text
    }

    mutating func basicString() throws -> String {
        index += 1
        var text = String.UnicodeScalarView()
        while let scalar = peek, scalar != "\"" {
            index += 1
            if scalar == "\\" { text.append(try escape()) } else { text.append(scalar) }
        }
        guard peek == "\"" else { throw fail("the string is not closed") }
        index += 1
        return String(text)
    }

    mutating func escape() throws -> Unicode.Scalar {
        guard let code = peek else { throw fail("the string is not closed") }
        index += 1
        switch code {
        case "\"": return "\""
        case "\\": return "\\"
        case "n": return "\n"
        case "t": return "\t"
        case "u":
            let digits = String(String.UnicodeScalarView(scalars[index..<min(index + 4, scalars.count)]))
            index += 4
            guard digits.count == 4, let value = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(value) else {
                throw fail("bad \\u escape")
            }
            return scalar
        default: throw fail("unknown escape \\\(code)")
        }
    }
}

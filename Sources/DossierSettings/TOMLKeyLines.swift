/// Where each key of a TOML file is written, found from its lines: TOMLKit gives a line
/// for a syntax error only, and a bad value needs one too. Reads table headers ("[keys]")
/// and key/value lines ("top = ..." or "colors.person = ..."), quoted keys included; lines
/// inside a multi-line array have no "=" of their own and are passed over.
struct TOMLKeyLines {
    /// The line (from 1) of each key by its dotted path: "mouse", "keys.top", "keys".
    private var lines: [String: Int] = [:]

    init(_ text: String) {
        var table: [String] = []
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = Substring(rawLine.trimmingWhitespace())
            if line.hasPrefix("[") {
                let name = line.drop { $0 == "[" }.prefix { $0 != "]" }
                table = Self.path(name)
                record(table, line: number + 1)
            } else if let equals = Self.equalsSign(in: line), !line.hasPrefix("#") {
                record(table + Self.path(line[..<equals]), line: number + 1)
            }
        }
    }

    /// The line of a key, or of the nearest table above it that has one.
    func line(of path: [String]) -> Int? {
        var path = path
        while !path.isEmpty {
            if let line = lines[path.joined(separator: ".")] { return line }
            path.removeLast()
        }
        return nil
    }

    private mutating func record(_ path: [String], line: Int) {
        let key = path.joined(separator: ".")
        if lines[key] == nil { lines[key] = line }
    }

    /// The parts of a dotted key, quotes taken off.
    private static func path(_ key: Substring) -> [String] {
        var parts: [String] = []
        var part = ""
        var quote: Character?
        for character in key {
            if let open = quote {
                if character == open { quote = nil } else { part.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "." {
                parts.append(part.trimmingWhitespace())
                part = ""
            } else {
                part.append(character)
            }
        }
        parts.append(part.trimmingWhitespace())
        return parts
    }

    /// The "=" that ends a line's key, outside quotes.
    private static func equalsSign(in line: Substring) -> Substring.Index? {
        var quote: Character?
        for index in line.indices {
            let character = line[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "=" {
                return index
            }
        }
        return nil
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        String(drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
    }
}

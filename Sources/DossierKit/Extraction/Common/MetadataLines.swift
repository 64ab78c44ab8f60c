import Foundation

/// Lines that carry an article's byline or date rather than its story.
enum MetadataLines {
    static let bylinePrefixes = ["by ", "written by ", "posted by ", "words by ", "author: ", "authors: ", "by: ", "from "]

    /// True for a short line that is a byline ("By Jane Doe") or a date ("Nov. 19, 2019 8:03 am ET").
    static func isBylineOrDate(_ line: String) -> Bool {
        guard line.count <= 120 else { return false }
        let lower = line.lowercased()
        if bylinePrefixes.contains(where: { lower.hasPrefix($0) }) && line.count <= 80 { return true }
        if line.count <= 60, DateText.writtenDate(line) != nil || DateText.machineDate(line) != nil { return true }
        return false
    }

    /// A byline without "By", trailing dates or separators: "By Jane Doe | May 2, 2024" gives "Jane Doe".
    static func cleanByline(_ text: String) -> String {
        var line = TextNormalization.cleanLine(text)
        let lower = line.lowercased()
        for prefix in bylinePrefixes where lower.hasPrefix(prefix) {
            line = String(line.dropFirst(prefix.count))
            break
        }
        for separator in [" | ", " • ", " · ", "\u{2014} ", " on ", " published ", " updated "] {
            if let range = line.range(of: separator, options: .caseInsensitive) {
                let head = String(line[..<range.lowerBound])
                if !head.isEmpty { line = head }
            }
        }
        return line.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:|-–—"))
    }

    /// "A", "A and B", "A, B and C".
    static func joinNames(_ names: [String]) -> String {
        var unique: [String] = []
        for name in names where !unique.contains(name) { unique.append(name) }
        guard unique.count > 1 else { return unique.first ?? "" }
        return unique.dropLast().joined(separator: ", ") + " and " + unique.last!
    }

    /// True for a URL rather than a name.
    static func isLink(_ text: String) -> Bool {
        text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("www.") || text.hasPrefix("/")
    }
}

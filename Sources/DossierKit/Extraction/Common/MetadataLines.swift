import Foundation

/// Lines that carry an article's byline or date rather than its story.
enum MetadataLines {
    static let bylinePrefixes = ["written by ", "posted by ", "words by ", "reviewed by ", "about the author ", "the author ",
                                 "author: ", "authors: ", "author ", "by: ", "by "]

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
        for separator in [" | ", " • ", " · ", "\u{2014} ", " on ", " published ", " updated ", " last updated", " is a ", " is an ",
                          " edited by ", " fact checked", " reviewed by "] {
            if let range = line.range(of: separator, options: .caseInsensitive) {
                let head = String(line[..<range.lowerBound])
                if !head.isEmpty { line = head }
            }
        }
        return line.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:|-–—"))
    }

    /// True for a line that opens with "By", "Written by", "Author:" and the like.
    static func startsWithBylineLabel(_ line: String) -> Bool {
        guard let first = line.utf8.first, first | 0x20 >= UInt8(ascii: "a"), first | 0x20 <= UInt8(ascii: "z") else { return false }
        let lower = line.prefix(20).lowercased()
        return bylinePrefixes.contains { lower.hasPrefix($0) } || isBylineLabel(line)
    }

    /// True for a label alone: "By", "Written by", "Author".
    static func isBylineLabel(_ text: String) -> Bool {
        guard text.utf8.count <= 20 else { return false }
        return bylineLabels.contains(text.lowercased().trimmingCharacters(in: labelPunctuation))
    }

    private static let labelPunctuation = CharacterSet(charactersIn: " :")
    private static let bylineLabels = Set(bylinePrefixes.map { $0.trimmingCharacters(in: labelPunctuation) })

    /// True for text that can be a byline: a few words with a letter, not a date, not a
    /// form label ("Name *") nor a comment's "… says:".
    static func isName(_ text: String) -> Bool {
        guard (2...100).contains(text.count), text.contains(where: \.isLetter), !isBylineLabel(text) else { return false }
        if text.hasSuffix(":") || text.contains("*") { return false }
        if DateText.writtenDate(text) != nil || DateText.machineDate(text) != nil { return false }
        return text.split(separator: " ").count <= 12
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

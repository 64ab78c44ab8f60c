import Foundation

/// Lines that carry an article's byline or date rather than its story.
enum MetadataLines {
    /// True for a short line that is a byline ("By Jane Doe") or a date ("Nov. 19, 2019 8:03 am ET").
    static func isBylineOrDate(_ line: String) -> Bool {
        guard line.count <= 120 else { return false }
        if line.count <= 80 && startsWithBylineLabel(line) { return true }
        if line.count <= 60, DateText.writtenDate(line) != nil || DateText.machineDate(line) != nil { return true }
        return false
    }

    /// The author part of a byline as pages print it: the label ("By", "Written by:", a "By"
    /// run into the name) and the parts that are dates, reading times or update notes dropped,
    /// and what follows the name (" on May 2", " in Politics", " is a reporter …") cut off.
    /// Credentials stay: "By Jane Doe, MD | Updated May 2, 2024" gives "Jane Doe, MD", and
    /// "Dec. 19, 2025 · Jane Doe on behalf of the team" gives "Jane Doe".
    static func cleanByline(_ text: String) -> String {
        let parts = parts(of: text)
        // A part that names the writer wins over one that names a reviewer or an editor.
        let candidates = parts.enumerated().filter { $0.offset == 0 && startsWithBylineLabel($0.element) || !isSideNote($0.element) }
            .map(\.element)
        let chosen = candidates.first(where: { $0.lowercased().hasPrefix("written by") }) ?? candidates.first ?? ""
        var name = withoutLabel(chosen)
        if let date = DateText.writtenDateMatch(name), date.start > name.startIndex {
            name = TextNormalization.trimming(name[..<date.start], .whitespaces)
            // "Jane Doe at May 2, 2024 11:15 AM": the word that led to the date goes with it.
            for lead in [" at", " on"] where name.hasSuffix(lead) { name.removeLast(lead.count) }
        }
        let bytes = Array(name.utf8)
        let lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        var end = bytes.count
        for ending in nameEndings {
            if let found = LineText.find(ending, in: lower, from: 1), found < end { end = found }
        }
        // "Jane Doe in Politics": a section follows; "… years in the industry" is the byline's own.
        var from = 1
        while let found = LineText.find(sectionMarker, in: bytes, from: from), found < end {
            if found + 4 < bytes.count, bytes[found + 4] >= 0x41, bytes[found + 4] <= 0x5A {
                end = found
                break
            }
            from = found + 1
        }
        return String(decoding: bytes[..<end], as: UTF8.self).trimmingCharacters(in: CharacterSet(charactersIn: " ,;:|-–—"))
    }

    private static let sectionMarker = Array(" in ".utf8)

    /// The parts of a line of metadata, at the separators pages put between them.
    static func parts(of text: String) -> [String] {
        TextNormalization.cleanLine(text).split(whereSeparator: { partSeparators.contains($0) })
            .map { TextNormalization.trimming($0, .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The name in an unlabeled line of metadata that holds a date: "Dec 26, 2025 • Jane Doe in
    /// Politics", "Jane Doe | May 2, 2024". The name must be written as one: two to four
    /// capitalized words, without digits or commas (a list of sections is not a name).
    static func nameBesideDate(_ text: String) -> String? {
        guard text.utf8.count <= 300, text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let parts = parts(of: text)
        guard parts.count >= 2, text.count <= 150, parts.contains(where: isDate) else { return nil }
        for part in parts where !isSideNote(part) && !isDate(part) {
            let name = cleanByline(part)
            let words = name.split(separator: " ")
            if (2...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }),
               !name.contains(where: { $0.isNumber || $0 == "," }), isName(name) {
                return name
            }
        }
        return nil
    }

    private static func isDate(_ part: String) -> Bool {
        DateText.iso(part) != nil || DateText.isPartialDate(part)
    }

    /// What separates the parts of a byline line: "Jane Doe | May 2, 2024 · 5 min read".
    private static let partSeparators: Set<Character> = ["|", "•", "·", "—", "●", "⋅", "∙", "‧"]

    /// Words after which a byline's name has ended.
    private static let nameEndings = [" on ", " published", " updated", " last updated", " is a ", " is an ",
                                      " edited by ", " fact checked", " fact-checked", " reviewed by ", " posted "].map { Array($0.utf8) }

    /// A part of a byline line that is not the writer: a date, a reading time, an update note,
    /// a reviewer or an editor.
    private static func isSideNote(_ part: String) -> Bool {
        let lower = part.lowercased()
        if sideNotePrefixes.contains(where: lower.hasPrefix) || lower.hasSuffix(" min read") || lower.hasSuffix(" minute read") { return true }
        if let date = DateText.writtenDateMatch(part), date.start == part.startIndex { return true }
        return DateText.machineDate(part) != nil
    }

    private static let sideNotePrefixes = ["updated", "published", "last updated", "modified", "reviewed by", "medically reviewed",
                                           "fact checked", "fact-checked", "edited by", "in ", "filed under", "posted in"]

    /// The text after a leading byline label, or the text itself.
    static func withoutLabel(_ text: String) -> String {
        guard let end = bylineLabelEnd(text) else { return text }
        return text[end...].trimmingCharacters(in: CharacterSet(charactersIn: " :"))
    }

    /// Where the byline label a line opens with ends: "By", "By:", "Written by", "Posted By:",
    /// "Author:", "About the author", or a "By" run into a capitalized name ("ByJane Doe").
    static func bylineLabelEnd(_ line: String) -> String.Index? {
        let lower = line.prefix(24).lowercased()
        for label in labelPhrases where lower.hasPrefix(label) {
            let end = line.index(line.startIndex, offsetBy: label.count)
            guard end < line.endIndex else { return end }
            let next = line[end]
            if next.isWhitespace || next == ":" { return end }
            // "ByJane Doe": a capital letter straight after a "By" written as such.
            if label.hasSuffix("by"), next.isUppercase, line[line.index(before: end)] == "y" { return end }
        }
        return nil
    }

    /// Labels that open a byline, longest first.
    private static let labelPhrases: [String] = {
        let leads = ["written", "posted", "words", "story", "text", "reporting", "article", "reviewed"]
        let phrases = leads.map { "\($0) by" } + ["by", "about the author", "the author", "authors", "author(s)", "author"]
        return phrases.sorted { $0.count > $1.count }
    }()

    /// True for a line that opens with "By", "Written by", "Author:" and the like.
    static func startsWithBylineLabel(_ line: String) -> Bool {
        guard let first = line.first, first.isLetter else { return false }
        return bylineLabelEnd(line) != nil
    }

    /// True for a label alone: "By", "Written by", "Author:".
    static func isBylineLabel(_ text: String) -> Bool {
        guard text.utf8.count <= 20 else { return false }
        return startsWithBylineLabel(text) && withoutLabel(text).isEmpty
    }

    /// True for text that can be a byline: a few words with a letter, not a date, not a
    /// form label ("Name *") nor a comment's "… says:".
    static func isName(_ text: String) -> Bool {
        guard (2...100).contains(text.count), text.contains(where: \.isLetter), !isBylineLabel(text) else { return false }
        if text.hasSuffix(":") || text.hasSuffix("?") || ASCIISearch.contains(text, "*") { return false }
        if DateText.writtenDate(text) != nil || DateText.machineDate(text) != nil || DateText.isPartialDate(text) { return false }
        if isIdentifier(text) { return false }
        let words = text.split(separator: " ")
        // "Insights from", "Researched by": a label whose name is elsewhere.
        if let last = words.last, connectives.contains(String(last)) { return false }
        return words.count <= 12
    }

    /// "Team Acme", "Acme News Staff", "The Editors": a byline that names a group, not a writer
    /// (a list of names that ends with a team is writers).
    static func isOrganizationShaped(_ name: String) -> Bool {
        !ASCIISearch.contains(name, ",") && !ASCIISearch.contains(name, " and ") && name.split(whereSeparator: { !$0.isLetter }).contains { groupWords.contains($0.lowercased()) }
    }

    private static let groupWords: Set<String> = ["team", "staff", "editorial", "editors", "news", "newsroom", "media", "desk",
                                                  "admin", "inc", "ltd", "llc", "agency", "group", "press"]

    /// Two to four capitalized words and nothing else: "Jane Doe", "Mary Ann de Vries" is not
    /// (a lowercase particle), which the author boxes this reads rarely use.
    static func isPersonName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return (2...4).contains(words.count) && text.count <= 40 && !isOrganizationShaped(text)
            && words.allSatisfy { word in word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "." } }
    }

    /// "page.head.author", "jane.doe", "jane@example.com": an account or a template's
    /// placeholder, not a name as a page shows it.
    static func isIdentifier(_ text: String) -> Bool {
        !ASCIISearch.contains(text, " ") && text.first?.isLowercase == true && text.contains(where: { $0 == "." || $0 == "@" || $0 == "_" })
    }

    private static let connectives: Set<String> = ["by", "from", "of", "with", "and", "the", "to", "for", "at", "in", "on"]

    /// Who a copyright notice names: "© 2025 Jane Doe. All rights reserved." gives "Jane Doe";
    /// nil for a line that is not a notice.
    static func copyrightHolder(_ line: String) -> String? {
        var rest = Substring(line)
        guard let mark = copyrightMarks.first(where: { rest.lowercased().hasPrefix($0) }) else { return nil }
        rest = rest.dropFirst(mark.count)
        while let first = rest.first, first.isWhitespace || first.isNumber || "©-–,".contains(first) || rest.lowercased().hasPrefix("(c)") {
            rest = rest.dropFirst(rest.lowercased().hasPrefix("(c)") ? 3 : 1)
        }
        let holder = rest.prefix { !".|•·".contains($0) }
        return TextNormalization.trimming(holder, .whitespaces)
    }

    private static let copyrightMarks = ["©", "(c)", "copyright"]

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

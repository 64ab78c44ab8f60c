/// The title, dek, byline, date and section of a plain-text story, read from the lines just
/// above it: the title is the upper of the headline-like lines there (the lower one, when
/// there are two, is the dek, as is a sentence between the title and the story); short lines
/// between them and the story are its section, byline and date (a name beside the date is the
/// byline, even unlabeled); a breadcrumb just over the title ("World | Europe") is its section.
struct StoryHeader {
    var title: String?
    var subtitle: String?
    var byline: String?
    var date: String?
    var section: String?

    /// How far above the story the header is looked for.
    static let window = 12

    init(lines: [TextLine], storyStart: Int) {
        let lower = max(0, storyStart - Self.window)
        var titleLike: [Int] = []
        var dek: Int?
        var dateLine: Int?
        var cursor = storyStart - 1
        while cursor >= lower {
            let line = lines[cursor]
            if line.kind == .furniture || line.kind == .link { break }
            if MetadataLines.isBylineLabel(line.text), cursor + 1 < storyStart {
                // A lone "By" over the name: the line under it is the byline, not a section.
                let name = lines[cursor + 1].text
                byline = byline ?? MetadataLines.cleanByline(name)
                if section == name { section = nil }
            } else if MetadataLines.startsWithBylineLabel(line.text) {
                byline = byline ?? MetadataLines.cleanByline(line.text)
            } else if line.length <= 60, let iso = DateText.iso(line.text) {
                date = date ?? iso
                dateLine = dateLine ?? cursor
            } else if byline == nil, let dateLine, abs(dateLine - cursor) == 1, let name = Self.writerLine(line.text) {
                byline = name
            } else if titleLike.isEmpty && line.kind == .short && line.words <= 5 {
                section = section ?? line.text
            } else if Self.isTitleLike(line) {
                titleLike.append(cursor)
                if titleLike.count == 2 { break }
            } else if titleLike.isEmpty && dek == nil && line.kind == .prose {
                dek = cursor
            } else if !titleLike.isEmpty {
                break
            }
            cursor -= 1
        }
        if titleLike.count == 2 {
            title = lines[titleLike[1]].text
            subtitle = lines[titleLike[0]].text
        } else if let only = titleLike.first {
            title = lines[only].text
            subtitle = dek.map { lines[$0].text }
        }
        if let subtitle, let title, subtitle.count < title.count / 2 { self.subtitle = nil }
        if let top = titleLike.last, top > 0, section == nil, Self.isBreadcrumb(lines[top - 1]) { section = lines[top - 1].text }
    }

    /// "Jane Doe" or "Jane Doe, Diplomatic Correspondent": a name of two to four capitalized
    /// words, then perhaps the writer's role after a comma. Returns the line as the byline.
    static func writerLine(_ text: String) -> String? {
        guard text.count <= 80, let first = text.split(separator: ",").first else { return nil }
        let words = first.split(separator: " ")
        guard (2...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" || $0 == "'" } }),
              MetadataLines.isName(String(first)) else { return nil }
        return text
    }

    /// A short line of sections set apart by a separator: "World | Europe", "News › Politics".
    static func isBreadcrumb(_ line: TextLine) -> Bool {
        guard line.kind == .short, line.words <= 6 else { return false }
        return [" | ", " › ", " > ", " » ", " / "].contains { line.text.contains($0) }
    }

    /// A headline: four to forty words, not a sentence ending in a full stop, not a caption.
    static func isTitleLike(_ line: TextLine) -> Bool {
        guard (4...40).contains(line.words), line.kind != .caption, line.kind != .interruption else { return false }
        if line.text.hasSuffix(".") && !line.text.hasSuffix("...") { return false }
        return line.text.first?.isLetter == true || line.text.first?.isNumber == true || line.text.first == "“" || line.text.first == "\""
    }
}

/// The title, dek, byline, date and section of a plain-text story, read from the lines just
/// above it: the title is the upper of the headline-like lines there (the lower one, when
/// there are two, is the dek, as is a sentence between the title and the story); short lines
/// between them and the story are its section, byline and date.
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
    }

    /// A headline: four to forty words, not a sentence ending in a full stop, not a caption.
    static func isTitleLike(_ line: TextLine) -> Bool {
        guard (4...40).contains(line.words), line.kind != .caption, line.kind != .interruption else { return false }
        if line.text.hasSuffix(".") && !line.text.hasSuffix("...") { return false }
        return line.text.first?.isLetter == true || line.text.first?.isNumber == true || line.text.first == "“" || line.text.first == "\""
    }
}

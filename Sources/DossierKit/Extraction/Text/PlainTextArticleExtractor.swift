/// Extracts the article from plain text: a clean story, or a page dumped to text with its
/// menus, teasers, captions and newsletter boxes.
///
/// Each line gets a value from its statistics: story lines (long, ending like sentences)
/// count for, menus, labels, captions and headline lists against. Lines of page furniture
/// ("Follow us", "Subscribe", "Read more") cut the text into regions; in each region the run
/// of lines with the largest sum is found (the maximum-sum segment), and the best run of all is
/// the story. The title, dek, byline, date and section are read from the lines just above it;
/// the page's address only from a labeled line at the top (`DeclaredAddress`).
enum PlainTextArticleExtractor {
    static func extract(_ text: String, source: String) -> ArticleDraft {
        let lines = lines(of: MojibakeRepair.repair(text))
        let address = DeclaredAddress(lines: lines)
        guard let story = StoryRegion(lines: lines) else {
            return ArticleDraft(source: source, url: address?.url)
        }
        // A dek and a byline block can open the region ("…your wallet." / "By" / "Jane Doe" /
        // "Nov. 19, 2019"): the story starts after them, and the dek is the subtitle.
        let opening = Self.bylineBlock(lines, in: story.range)
        let storyStart = opening?.storyStart ?? story.range.lowerBound
        var header = StoryHeader(lines: lines, storyStart: storyStart)
        if let dek = opening?.dek, header.subtitle == nil { header.subtitle = lines[dek].text }
        var body: [ArticleDraft.Piece] = []
        var seen = TextComparison.FoldSet()
        let skipped = Set([header.title, header.subtitle].compactMap { $0 }.map(TextComparison.fold))
        for index in storyStart..<story.range.upperBound where !story.teasers.contains(index) && index != address?.line {
            let line = lines[index]
            switch line.kind {
            case .caption, .link, .furniture, .interruption, .truncated: continue
            case .prose, .short, .headline: break
            }
            if body.isEmpty && (skipped.contains(TextComparison.fold(line.text)) || MetadataLines.isBylineOrDate(line.text)) { continue }
            // Dumps sometimes hold the story twice: a repeated paragraph is dropped.
            if line.length >= 40 && !seen.insert(line.text) { continue }
            body.append(ArticleDraft.Piece(story.listItems.contains(index) ? .listItem : pieceKind(line), line.text))
        }
        AuthorBio.drop(from: &body, byline: header.byline)
        // A heading left at the end introduces nothing.
        while let last = body.last, last.kind == .heading { body.removeLast() }
        return ArticleDraft(source: source, title: header.title, subtitle: header.subtitle, byline: header.byline,
                            date: header.date, section: header.section, url: address?.url, body: body)
    }

    /// The non-blank lines, whitespace normalized, each knowing whether a blank line precedes
    /// it. Lines of a hard-wrapped paragraph are joined: a line that does not end a sentence,
    /// followed (without a blank line) by one that starts in lowercase, continues on it.
    static func lines(of text: String) -> [TextLine] {
        var lines: [TextLine] = []
        var pending = ""
        var pendingStartsParagraph = true
        var blankBefore = true
        for cleaned in cleanedLines(of: text) {
            if cleaned.isEmpty {
                if !pending.isEmpty { lines.append(TextLine(pending, startsParagraph: pendingStartsParagraph)) }
                pending = ""
                blankBefore = true
                continue
            }
            if !pending.isEmpty, !blankBefore, UTF8Characters.count(pending) >= 30, !TextLine.endsSentence(pending),
               UTF8Characters.first(cleaned)?.isLowercase == true {
                pending += " " + cleaned
            } else {
                if !pending.isEmpty { lines.append(TextLine(pending, startsParagraph: pendingStartsParagraph)) }
                pending = cleaned
                pendingStartsParagraph = blankBefore
            }
            blankBefore = false
        }
        if !pending.isEmpty { lines.append(TextLine(pending, startsParagraph: pendingStartsParagraph)) }
        return lines
    }

    /// Every line of the text, blank ones too, cleaned (`TextNormalization.cleanLine`). Lines end
    /// at "\n", "\r\n" or "\r", each a Character of its own, so the bytes cut where the
    /// Characters do.
    static func cleanedLines(of text: String) -> [String] {
        var lines: [String] = []
        let utf8 = text.utf8
        UTF8Characters.withBytes(text) { bytes in
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A && bytes[end] != 0x0D { end += 1 }
                if let cleaned = TextNormalization.cleanedBytes(UnsafeBufferPointer(rebasing: bytes[start..<end])) {
                    lines.append(String(decoding: cleaned, as: UTF8.self))
                } else {
                    // A line that is clean already is copied from the text, valid as it is.
                    lines.append(String(Substring(utf8[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])))
                }
                start = end + (end + 1 < bytes.count && bytes[end] == 0x0D && bytes[end + 1] == 0x0A ? 2 : 1)
            }
        }
        return lines
    }

    /// Where the story starts when its region opens with at most one line of text followed by
    /// byline or date lines; nil when it does not.
    static func bylineBlock(_ lines: [TextLine], in range: Range<Int>) -> (storyStart: Int, dek: Int?)? {
        var dek: Int?
        var sawByline = false
        for index in range.prefix(12) {
            let line = lines[index]
            if MetadataLines.startsWithBylineLabel(line.text) || MetadataLines.isBylineOrDate(line.text) {
                sawByline = true
            } else if line.kind == .prose {
                if sawByline { return (index, dek) }
                guard dek == nil else { return nil }
                dek = index
            }
        }
        return nil
    }

    static func pieceKind(_ line: TextLine) -> Block.Kind {
        switch line.kind {
        case .short, .headline:
            return line.endsSentence ? .paragraph : .heading
        default:
            let first = UTF8Characters.first(line.text)
            if first == "•" || first == "-" || first == "*" || first == "–" { return .listItem }
            if first == "“" || first == "\"" { return line.endsSentence ? .paragraph : .quote }
            return .paragraph
        }
    }
}

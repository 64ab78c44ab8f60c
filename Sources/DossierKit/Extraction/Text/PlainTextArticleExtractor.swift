/// Extracts the article from plain text: a clean story, or a page dumped to text with its
/// menus, teasers, captions and newsletter boxes.
///
/// Each line gets a value from its statistics: story lines (long, ending like sentences)
/// count for, menus, labels, captions and headline lists against. Lines of page furniture
/// ("Follow us", "Subscribe", "Read more") cut the text into regions; in each region the run
/// of lines with the largest sum is found (the maximum-sum segment), and the best run of all is
/// the story. The title, dek, byline, date and section are read from the lines just above it.
enum PlainTextArticleExtractor {
    static func extract(_ text: String, source: String) -> ArticleDraft {
        let lines = lines(of: MojibakeRepair.repair(text))
        guard let story = StoryRegion(lines: lines) else {
            return ArticleDraft(source: source)
        }
        // A dek and a byline block can open the region ("…your wallet." / "By" / "Jane Doe" /
        // "Nov. 19, 2019"): the story starts after them, and the dek is the subtitle.
        let opening = Self.bylineBlock(lines, in: story.range)
        let storyStart = opening?.storyStart ?? story.range.lowerBound
        var header = StoryHeader(lines: lines, storyStart: storyStart)
        if let dek = opening?.dek, header.subtitle == nil { header.subtitle = lines[dek].text }
        var body: [ArticleDraft.Piece] = []
        var seen: Set<String> = []
        let skipped = Set([header.title, header.subtitle].compactMap { $0 }.map(TextComparison.fold))
        for index in storyStart..<story.range.upperBound where !story.teasers.contains(index) {
            let line = lines[index]
            switch line.kind {
            case .caption, .link, .furniture, .interruption, .truncated: continue
            case .prose, .short, .headline: break
            }
            let folded = TextComparison.fold(line.text)
            if body.isEmpty && (skipped.contains(folded) || MetadataLines.isBylineOrDate(line.text)) { continue }
            // Dumps sometimes hold the story twice: a repeated paragraph is dropped.
            if line.length >= 40 && !seen.insert(folded).inserted { continue }
            body.append(ArticleDraft.Piece(story.listItems.contains(index) ? .listItem : pieceKind(line), line.text))
        }
        AuthorBio.drop(from: &body, byline: header.byline)
        // A heading left at the end introduces nothing.
        while let last = body.last, last.kind == .heading { body.removeLast() }
        return ArticleDraft(source: source, title: header.title, subtitle: header.subtitle, byline: header.byline,
                            date: header.date, section: header.section, body: body)
    }

    /// The non-blank lines, whitespace normalized, each knowing whether a blank line precedes
    /// it. Lines of a hard-wrapped paragraph are joined: a line that does not end a sentence,
    /// followed (without a blank line) by one that starts in lowercase, continues on it.
    static func lines(of text: String) -> [TextLine] {
        var lines: [TextLine] = []
        var pending = ""
        var pendingStartsParagraph = true
        var blankBefore = true
        func flush() {
            if !pending.isEmpty { lines.append(TextLine(pending, startsParagraph: pendingStartsParagraph)) }
            pending = ""
        }
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let cleaned = TextNormalization.cleanLine(raw)
            if cleaned.isEmpty {
                flush()
                blankBefore = true
                continue
            }
            if !pending.isEmpty, !blankBefore, pending.count >= 30, !TextLine.endsSentence(pending),
               cleaned.first?.isLowercase == true {
                pending += " " + cleaned
            } else {
                flush()
                pending = cleaned
                pendingStartsParagraph = blankBefore
            }
            blankBefore = false
        }
        flush()
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
            let first = line.text.first
            if first == "•" || first == "-" || first == "*" || first == "–" { return .listItem }
            if first == "“" || first == "\"" { return line.endsSentence ? .paragraph : .quote }
            return .paragraph
        }
    }
}

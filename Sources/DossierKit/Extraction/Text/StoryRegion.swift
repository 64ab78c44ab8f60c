/// The run of lines that holds the story (see `PlainTextArticleExtractor`).
struct StoryRegion {
    let range: Range<Int>
    /// Lines inside `range` that belong to teasers of other stories.
    let teasers: Set<Int>
    /// Lines of lists the story introduces with a colon.
    let listItems: Set<Int>

    init?(lines: [TextLine]) {
        let teasers = Self.teaserLines(lines)
        // Story text stands among story text; a paragraph with no prose on either side is more
        // often a teaser's summary among headlines.
        // Where the text sets paragraphs apart by blank lines, story text packed line under line
        // is more often a list of teasers.
        let hasParagraphs = lines.filter(\.startsParagraph).count * 4 >= lines.count
        let listed = Self.listLines(lines)
        var values = lines.indices.map { index -> Double in
            let line = lines[index]
            if teasers.contains(index) { return -Double(line.length) }
            if listed.contains(index) { return Double(line.length) * 0.3 }
            var value = Self.value(line)
            if line.kind == .prose && !Self.hasProseNeighbour(lines, index) { value *= 0.25 }
            if line.kind == .prose && hasParagraphs && !line.startsParagraph && index > 0 && lines[index - 1].kind != .prose {
                value *= 0.3
            }
            return value
        }
        // A dump that opens with the page's title repeats it as the story's headline: the story
        // text right under that repetition gets a head start.
        if let headline = Self.repeatedTitle(lines), let first = lines[(headline + 1)...].prefix(8).firstIndex(where: { $0.kind == .prose }) {
            values[first] += Self.headStart
        }
        var best: Range<Int>?
        var bestSum = 0.0
        var start = 0
        var sum = 0.0
        for index in lines.indices {
            if sum <= 0 {
                sum = 0
                start = index
            }
            sum += values[index]
            if sum > bestSum {
                bestSum = sum
                best = start..<(index + 1)
            }
        }
        guard let best else { return nil }
        range = best
        self.teasers = teasers
        listItems = listed
    }

    /// The head start of the first story line under a repeated page title: about the value of
    /// a long story, so that a longer comment thread or teaser list does not outweigh it.
    static let headStart = 3000.0

    /// How much a line counts for (story text) or against (furniture) the region around it.
    static func value(_ line: TextLine) -> Double {
        let length = Double(line.length)
        switch line.kind {
        case .prose: return length
        case .short: return line.words <= 3 ? -10 : -6
        case .headline: return -length * 0.2
        case .caption: return -length * 0.5 - 20
        case .link: return -length - 10
        case .truncated: return -length * 0.5
        case .interruption: return 0
        case .furniture: return -length - 300
        }
    }

    /// Teasers of other stories: the story lines just before a "keep reading" or "read more"
    /// line, back to the first line that is not story text.
    static func teaserLines(_ lines: [TextLine]) -> Set<Int> {
        var teasers: Set<Int> = []
        for (index, line) in lines.enumerated() where line.kind == .furniture && isContinuationMarker(LineText(line.text)) {
            var cursor = index - 1
            while cursor >= 0, lines[cursor].kind == .prose {
                teasers.insert(cursor)
                cursor -= 1
            }
        }
        return teasers
    }

    /// The lines of a list a story introduces: short lines right after a line of story text
    /// that ends with a colon ("Here are the offers:"), up to the next story or furniture line.
    static func listLines(_ lines: [TextLine]) -> Set<Int> {
        var listed: Set<Int> = []
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            guard lines[index].kind == .prose, UTF8Characters.hasSuffix(lines[index].text, ":") else { continue }
            var cursor = index + 1
            while cursor < lines.count, [.short, .headline, .link].contains(lines[cursor].kind) {
                listed.insert(cursor)
                cursor += 1
            }
        }
        return listed
    }

    /// The line, after the first, that repeats the first line (a dump's page title, often
    /// with the site's name) as the story's headline.
    static func repeatedTitle(_ lines: [TextLine]) -> Int? {
        guard let first = lines.first else { return nil }
        let title = TextComparison.fold(TitleCleaning.withoutSiteName(first.text))
        guard title.count >= 10 else { return nil }
        return lines.indices.dropFirst().first { index in
            lines[index].words <= 40 && TextComparison.fold(lines[index].text, equals: title)
        }
    }

    /// True when the nearest line before or after (labels like "Advertisement" skipped) is prose.
    static func hasProseNeighbour(_ lines: [TextLine], _ index: Int) -> Bool {
        for step in [-1, 1] {
            var cursor = index + step
            while cursor >= 0, cursor < lines.count, lines[cursor].kind == .interruption { cursor += step }
            if cursor >= 0, cursor < lines.count, lines[cursor].kind == .prose { return true }
        }
        return false
    }

    /// A line that is only a link to the rest of a teaser ("Keep reading", "Read more »").
    static func isContinuationMarker(_ line: LineText) -> Bool {
        line.wordCount <= 4 && BoilerplatePhrases.continuationMarkers.isContained(in: line)
    }
}

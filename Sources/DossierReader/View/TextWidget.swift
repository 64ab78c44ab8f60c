import DossierKit

/// The open article's text, wrapped to the pane, every mention in its entity kind's style,
/// the selected entity's mentions emphasized, the search's hits marked while they are the
/// target, and the target of n/N in reverse video; on the right margin, a map of where the
/// target's places stand in the article. Draws the rows on screen only.
enum TextWidget {
    static func draw(_ state: ReaderState, theme: Theme, in area: Rect, into buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        guard let lines = state.articleLines else {
            buffer.writeTruncated(placeholder(state), row: area.y, column: area.x, limit: area.width)
            return
        }
        let article = lines.article
        let rows = lines.rows(from: lines.position(containing: state.textTop), count: area.height)
        let mentions = state.opened?.mentions ?? []
        let firstStart = rows.lazy.compactMap { $0?.range.start }.first ?? 0
        var next = mentions.firstIndex { $0.range.end > firstStart } ?? mentions.count
        let hits = searchHits(state)
        let targetHit = state.targetKind == .search ? state.searchHit.map { hits.indices.contains($0.index) ? hits[$0.index] : nil } ?? nil : nil
        var nextHit = hits.firstIndex { $0.end > firstStart } ?? hits.count
        for (index, row) in rows.enumerated() {
            guard let row else { continue }
            let y = area.y + index
            let base = style(of: row.role, theme: theme)
            var x = area.x + buffer.write(row.lead, row: y, column: area.x, limit: area.width, style: theme.rule)
            var offset = row.range.start
            for character in article[row.range] {
                while next < mentions.count, mentions[next].range.end <= offset { next += 1 }
                var style = base
                if next < mentions.count, mentions[next].range.contains(offset) {
                    style = mentionStyle(mentions[next], at: MentionLocation(article: state.openArticle, index: next),
                                         state: state, theme: theme).over(base)
                }
                while nextHit < hits.count, hits[nextHit].end <= offset { nextHit += 1 }
                if nextHit < hits.count, hits[nextHit].contains(offset) {
                    style = (hits[nextHit] == targetHit ? theme.target : theme.searchHit).over(style)
                }
                x += buffer.write(String(character), row: y, column: x, limit: area.x + area.width - x, style: style)
                offset += character.utf8.count
            }
        }
        drawMap(state, theme: theme, in: area, hits: hits, into: &buffer)
    }

    /// The open article's search hits, while the search is the target.
    static func searchHits(_ state: ReaderState) -> [UTF8Range] {
        guard state.targetKind == .search, let search = state.search, let slot = search.slot(of: state.openArticle) else { return [] }
        return search.articles[slot].hits
    }

    /// The mention map: in the column right of the text, a mark at the height (as a share of
    /// the text) of each of the target's places in this article; the current one in reverse video.
    static func drawMap(_ state: ReaderState, theme: Theme, in area: Rect, hits: [UTF8Range], into buffer: inout ScreenBuffer) {
        let pane = state.layout.area(of: .text)
        let column = area.x + area.width
        guard column < pane.x + pane.width, area.height > 0, let article = state.article else { return }
        let length = max(1, article.text.utf8.count)
        var places: [(start: Int, isCurrent: Bool)] = []
        var style = theme.searchHit
        if state.targetKind == .search {
            places = hits.enumerated().map { ($1.start, $0 == state.searchHit?.index) }
        } else if let entity = state.selectedEntity, let opened = state.opened {
            style = theme.style(for: state.source.index.entities[entity].kind)
            places = opened.mentions.enumerated().filter { $1.entity == entity }.map { offset, mention in
                (mention.range.start, state.target == MentionLocation(article: state.openArticle, index: offset))
            }
        }
        var marked: [Int: Bool] = [:]
        for place in places {
            let row = min(area.height - 1, place.start * area.height / length)
            marked[row] = (marked[row] ?? false) || place.isCurrent
        }
        for (row, isCurrent) in marked {
            buffer.write("•", row: area.y + row, column: column, limit: 1, style: isCurrent ? theme.target.over(style) : style)
        }
    }

    /// The offset in the open article's text of the character drawn at (row, column) of the
    /// pane's `area`, laid out as `draw` lays it out; nil outside the text.
    static func offset(atRow row: Int, column: Int, state: ReaderState, in area: Rect) -> Int? {
        guard area.contains(row: row, column: column), let lines = state.articleLines else { return nil }
        let rows = lines.rows(from: lines.position(containing: state.textTop), count: area.height)
        guard rows.indices.contains(row - area.y), let line = rows[row - area.y] else { return nil }
        var x = area.x + TerminalText.width(of: line.lead)
        var offset = line.range.start
        for character in lines.article[line.range] {
            let width = TerminalText.visible(character)?.width ?? 0
            if width > 0, column < x + width { return column >= x ? offset : nil }
            x += width
            offset += character.utf8.count
        }
        return nil
    }

    /// What the pane says when it has no text to show.
    static func placeholder(_ state: ReaderState) -> String {
        guard state.source.count > 0 else { return "No articles" }
        let summary = state.source.summary(at: state.openArticle)
        return summary.isProcessed ? "This article could not be read from the cache; R scans again"
                                   : "Not processed yet: it opens here as soon as it is"
    }

    /// The open article's byline, date and source: the page's address when it declared one,
    /// else where it was read from (its path, or file and record).
    static func detail(_ state: ReaderState) -> String {
        guard let article = state.article else { return "none" }
        return ([article.byline, article.date].compactMap { $0 } + [article.url ?? article.source]).joined(separator: " · ")
    }

    private static func style(of role: ArticleLines.Paragraph.Role, theme: Theme) -> Style {
        switch role {
        case .title, .heading: return theme.heading
        case .subtitle, .paragraph, .quote, .listItem: return .plain
        }
    }

    private static func mentionStyle(_ mention: Mention, at location: MentionLocation, state: ReaderState, theme: Theme) -> Style {
        var style = theme.mentionStyle(for: state.source.index.entities[mention.entity].kind)
        if mention.entity == state.selectedEntity { style = theme.selectedMention.over(style) }
        if location == state.target { style = theme.target.over(style) }
        return style
    }
}

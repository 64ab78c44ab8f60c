import DossierKit

/// The open article's text, wrapped to the pane, every mention in its entity kind's style,
/// the selected entity's mentions emphasized and the target of n/N in reverse video.
/// Draws the rows on screen only.
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
                x += buffer.write(String(character), row: y, column: x, limit: area.x + area.width - x, style: style)
                offset += character.utf8.count
            }
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

    /// The open article's byline and date, or else its file name.
    static func detail(_ state: ReaderState) -> String {
        guard let article = state.article else { return "none" }
        let details = [article.byline, article.date].compactMap { $0 }
        let source = article.source.split(separator: "/").last.map(String.init) ?? article.source
        return details.isEmpty ? source : details.joined(separator: " · ")
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

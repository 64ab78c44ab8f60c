import DossierKit

/// A find view over the panes: a header row naming what it lists, then its rows, the cursor
/// in reverse video. Search results take two rows an article (title with date and hit count,
/// then the first hit in context); the mentions view shows each article's title and date,
/// then its mentions in context, the mention at a fixed column (keyword in context); the
/// related view shows names with the paragraphs they share. Only the rows on screen are drawn.
enum FindViewWidget {
    static func draw(_ view: FindView, state: ReaderState, theme: Theme, in area: Rect, into buffer: inout ScreenBuffer) {
        guard !area.isEmpty else { return }
        buffer.fill(area)
        buffer.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: theme.focusedHeader)
        buffer.writeTruncated(" " + title(view, state: state), row: area.y, column: area.x, limit: area.width, style: theme.focusedHeader)
        let rows = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        let count = view.rowCount(search: state.search)
        guard count > 0 else { return }
        let top = ListScrolling.top(view.top, cursor: view.cursor, rows: max(1, rows.height / view.rowHeight), count: count)
        let index = state.source.index
        for slot in 0..<min(rows.height / view.rowHeight, count - top) {
            let row = top + slot
            let y = rows.y + slot * view.rowHeight
            switch view.content {
            case .searchResults:
                guard let search = state.search else { return }
                let found = search.articles[search.ranking[row]]
                let summary = state.source.summary(at: found.article)
                let hits = "\(found.hits.count) hit\(found.hits.count == 1 ? "" : "s")"
                let date = ArticleListWidget.shortDate(summary.date)
                var x = rows.x + buffer.write(" " + (date.isEmpty ? "" : date + "  "), row: y, column: rows.x, style: theme.rule)
                x += buffer.writeTruncated(summary.title, row: y, column: x, limit: rows.width - (x - rows.x) - hits.count - 2,
                                           style: theme.heading)
                buffer.write(hits, row: y, column: rows.x + rows.width - hits.count - 1, style: theme.rule)
                drawContext(found.context, row: y + 1, in: rows, keywordColumn: rows.width / 3, keywordStyle: theme.searchHit,
                            into: &buffer)
            case .mentions(let list):
                switch list.rows[row] {
                case .article(let article):
                    let summary = state.source.summary(at: article)
                    let date = ArticleListWidget.shortDate(summary.date)
                    let x = rows.x + buffer.write(date.isEmpty ? " " : " \(date)  ", row: y, column: rows.x, style: theme.rule)
                    buffer.writeTruncated(summary.title, row: y, column: x, limit: rows.width - (x - rows.x), style: theme.heading)
                case .mention:
                    let style = theme.selectedMention.over(theme.style(for: index.entities[list.entity].kind))
                    if let context = list.contexts[row] {
                        drawContext(context, row: y, in: Rect(x: rows.x + 2, y: rows.y, width: rows.width - 2, height: rows.height),
                                    keywordColumn: (rows.width - 2) / 3, keywordStyle: style, into: &buffer)
                    }
                }
            case .related(let list):
                let entry = list.rows[row]
                let entity = index.entities[entry.entity]
                let count = String(entry.count)
                buffer.writeTruncated("  " + entity.name, row: y, column: rows.x, limit: rows.width - count.count - 2,
                                      style: theme.style(for: entity.kind))
                buffer.write(count, row: y, column: rows.x + rows.width - count.count - 1, style: theme.rule)
            }
            if row == view.cursor {
                buffer.addAttributes(theme.cursor.attributes, row: y, columns: rows.x..<(rows.x + rows.width))
            }
        }
    }

    /// What the header says.
    static func title(_ view: FindView, state: ReaderState) -> String {
        let index = state.source.index
        switch view.content {
        case .searchResults:
            guard let search = state.search else { return "Search" }
            let articles = search.articles.count
            return "Search /\(search.pattern.text) · \(search.hitCount) hit\(search.hitCount == 1 ? "" : "s") in \(articles) article\(articles == 1 ? "" : "s")"
                + " · Enter opens at the hit, Esc returns"
        case .mentions(let list):
            let mentions = index.mentionCount(of: list.entity), articles = index.articleCount(mentioning: list.entity)
            return "Mentions of \(index.entities[list.entity].name) · \(mentions) in \(articles) article\(articles == 1 ? "" : "s")"
                + " · Enter goes there, Esc returns"
        case .related(let list):
            let unit = list.countsParagraphs ? "paragraphs" : "articles"
            return "Found with \(index.entities[list.entity].name) · people and countries by \(unit) shared · Enter selects"
        }
    }

    /// One line of context with its keyword at `keywordColumn` of `area`, the text before it
    /// cut on the left, the keyword in `keywordStyle`.
    static func drawContext(_ context: KeywordContext, row: Int, in area: Rect, keywordColumn: Int, keywordStyle: Style,
                            into buffer: inout ScreenBuffer) {
        var before = Substring(context.before)
        while DisplayWidth.of(before) > keywordColumn - 1 { before = before.dropFirst() }
        var x = area.x + keywordColumn - DisplayWidth.of(before)
        x += buffer.write(before, row: row, column: x, limit: area.x + area.width - x)
        x += buffer.write(context.keyword, row: row, column: x, limit: area.x + area.width - x, style: keywordStyle)
        buffer.writeTruncated(context.after, row: row, column: x, limit: area.x + area.width - x)
    }
}

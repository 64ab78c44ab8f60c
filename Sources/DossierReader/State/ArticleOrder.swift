import DossierKit

/// The article list's order, which `o` cycles through (as in mutt).
public enum ArticleSort: String, CaseIterable, Hashable, Sendable {
    /// The reading order: by source path, then by record.
    case source
    /// Newest first; articles without a date last.
    case date
    case title

    var next: ArticleSort {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// Which articles the list shows.
public enum ArticleFilter: Hashable, Sendable {
    /// Those that mention an entity (by its key, which a new linking keeps).
    case entity(EntityKey)
    case starred
    case unread

    /// How the list's header says it.
    func label(in index: CorpusIndex) -> String {
        switch self {
        case .entity(let key): "mentioning " + (index.entity(forKey: key).map { index.entities[$0].name } ?? "a gone entity")
        case .starred: "starred"
        case .unread: "unread"
        }
    }
}

extension ReaderState {
    /// The articles the list shows, in its order; nil when that is every article in reading order.
    static func listedArticles(of source: any ArticleSource, sort: ArticleSort, filter: ArticleFilter?,
                               reading: ReadingState) -> [Int]? {
        if sort == .source && filter == nil { return nil }
        var articles: [Int]
        switch filter {
        case nil: articles = Array(0..<source.count)
        case .entity(let key):
            let index = source.index
            articles = index.entity(forKey: key).map { Array(index.articles(mentioning: $0)) } ?? []
        case .starred: articles = (0..<source.count).filter { reading.starred.contains(source.summary(at: $0).key) }
        case .unread:
            articles = (0..<source.count).filter {
                let summary = source.summary(at: $0)
                return summary.isProcessed && !reading.read.contains(summary.key)
            }
        }
        switch sort {
        case .source: break
        case .date:
            let dates = articles.map { source.summary(at: $0).date ?? "" }
            articles = articles.indices.sorted { dates[$0] != dates[$1] ? dates[$0] > dates[$1] : articles[$0] < articles[$1] }
                .map { articles[$0] }
        case .title:
            let titles = articles.map { source.summary(at: $0).title.lowercased() }
            articles = articles.indices.sorted { titles[$0] != titles[$1] ? titles[$0] < titles[$1] : articles[$0] < articles[$1] }
                .map { articles[$0] }
        }
        return articles
    }

    /// How many rows the article list has.
    public var listCount: Int { listedArticles?.count ?? source.count }

    /// The article at a row of the list.
    public func listedArticle(atRow row: Int) -> Int { listedArticles?[row] ?? row }

    /// The row of the list that shows an article, or nil when the filter hides it.
    func listRow(of article: Int) -> Int? {
        guard let listedArticles else { return article < source.count ? article : nil }
        return listedArticles.firstIndex(of: article)
    }

    /// Lists the articles again after the sort, the filter or the source changed; the cursor
    /// stays on the same article when the list still shows it.
    mutating func relist() {
        let cursorArticle = articleCursor < listCount ? listedArticle(atRow: articleCursor) : nil
        listedArticles = Self.listedArticles(of: source, sort: articleSort, filter: articleFilter, reading: reading)
        articleCursor = cursorArticle.flatMap(listRow(of:)) ?? listRow(of: openArticle) ?? 0
        articleCursor = min(articleCursor, max(0, listCount - 1))
        keepCursorsVisible()
    }

    mutating func cycleSort() {
        articleSort = articleSort.next
        relist()
        notice = "Articles by \(articleSort.rawValue)"
    }

    /// Sets a filter, or clears it when it is the one set.
    mutating func toggleFilter(_ filter: ArticleFilter) {
        articleFilter = articleFilter == filter ? nil : filter
        relist()
        if let articleFilter {
            notice = listCount == 0 ? "No \(articleFilter.label(in: index)) articles; the same key lists all again"
                                    : "\(listCount) article\(listCount == 1 ? "" : "s") \(articleFilter.label(in: index))"
        } else {
            notice = "All articles"
        }
    }

    /// f: the articles that mention the entity in focus; f again (or with none) lists all.
    mutating func filterByEntity() {
        if case .entity = articleFilter {
            toggleFilter(articleFilter!)
            return
        }
        guard let entity = entityInFocus else {
            notice = Self.noSelectionNotice
            return
        }
        toggleFilter(.entity(index.entities[entity].key))
    }

    /// :N and NG: opens the article at row N of the list.
    mutating func goToArticle(number: Int) {
        guard listCount > 0 else { return }
        guard (1...listCount).contains(number) else {
            notice = "No article \(number): the list has \(listCount)"
            return
        }
        articleCursor = number - 1
        open(listedArticle(atRow: articleCursor))
        articleCursor = number - 1
        keepCursorsVisible()
    }
}

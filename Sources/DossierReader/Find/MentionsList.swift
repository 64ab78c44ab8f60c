import DossierKit

/// Every mention of one entity across the corpus, grouped under the articles' titles: the
/// rows are made from the index at once (a few bytes a mention), the lines of context only
/// for the rows that come into view, from the articles' texts.
public struct MentionsList: Sendable {
    public enum Row: Hashable, Sendable {
        case article(Int)
        case mention(MentionLocation)
    }

    public let entity: EntityID
    public let rows: [Row]
    /// The lines of context loaded so far, by row.
    public internal(set) var contexts: [Int: KeywordContext] = [:]

    init(entity: EntityID, index: CorpusIndex) {
        self.entity = entity
        let locations = index.locations(of: entity)
        var rows: [Row] = []
        rows.reserveCapacity(locations.count + index.articleCount(mentioning: entity))
        var lastArticle = -1
        for location in locations {
            if location.article != lastArticle {
                rows.append(.article(location.article))
                lastArticle = location.article
            }
            rows.append(.mention(location))
        }
        self.rows = rows
    }

    /// The first mention row at or after `row` (or before it, when there is none after).
    func mentionRow(near row: Int) -> Int? {
        if let after = rows[min(row, rows.count)...].firstIndex(where: { if case .mention = $0 { true } else { false } }) {
            return after
        }
        return rows[..<min(row, rows.count)].lastIndex { if case .mention = $0 { true } else { false } }
    }

    /// Loads the lines of context of the mention rows in `range` not loaded yet, each
    /// article's text read once.
    mutating func loadContexts(rows range: Range<Int>, from source: any ArticleSource) {
        let range = range.clamped(to: rows.indices)
        var wanted: [Int: [(row: Int, index: Int)]] = [:]
        for row in range where contexts[row] == nil {
            if case .mention(let location) = rows[row] { wanted[location.article, default: []].append((row, location.index)) }
        }
        for (article, mentions) in wanted {
            let loaded = article < source.count ? source.article(at: article) : nil
            for (row, index) in mentions {
                if let loaded, loaded.mentions.indices.contains(index) {
                    contexts[row] = KeywordContext(of: loaded.mentions[index].range, in: loaded.article.text)
                } else {
                    contexts[row] = KeywordContext(before: "", keyword: "(not in the cache any more)", after: "")
                }
            }
        }
    }
}

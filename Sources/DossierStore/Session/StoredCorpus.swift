import DossierKit

/// A corpus as the store has it at one moment: what the article list shows of each article,
/// the index over their mentions, and the cache from which an article's text and mentions
/// are read when it is opened. A value: a newer one replaces it as processing goes on.
public struct StoredCorpus: ArticleSource {
    public let summaries: [ArticleSummary]
    /// Each article's row in the cache; nil for a source not processed yet.
    let articleIDs: [Int64?]
    public let index: CorpusIndex
    let cache: CacheDatabase?

    init(summaries: [ArticleSummary], articleIDs: [Int64?], index: CorpusIndex, cache: CacheDatabase?) {
        precondition(summaries.count == articleIDs.count && index.articleCount == summaries.count,
                     "one summary, one row and one index entry per article")
        self.summaries = summaries
        self.articleIDs = articleIDs
        self.index = index
        self.cache = cache
    }

    public static let empty = StoredCorpus(summaries: [], articleIDs: [], index: .empty, cache: nil)

    public var count: Int { summaries.count }

    public func summary(at index: Int) -> ArticleSummary { summaries[index] }

    /// Reads the article from the cache. Its mentions are those the index has for it; an
    /// article processed after the last linking shows none until the next.
    public func article(at position: Int) -> LoadedArticle? {
        guard let id = articleIDs[position], let cache,
              let stored = try? cache.article(id: id, source: summaries[position].source) else { return nil }
        let entities = index.entities(inArticle: position)
        let mentions = stored.mentions.count == entities.count
            ? zip(stored.mentions, entities).map { Mention(range: $0.range, entity: Int($1), form: $0.form) }
            : []
        return LoadedArticle(article: stored.article, mentions: mentions, note: stored.note)
    }

    /// The articles whose title or text holds every word of `words` (each as a word or the start
    /// of one), as the cache's full-text index ranks them; nil without a cache.
    public func articlesContaining(words: String, limit: Int) -> [Int]? {
        guard let cache else { return nil }
        let query = words.split(whereSeparator: \.isWhitespace).map { $0.hasSuffix("*") ? String($0) : $0 + "*" }
            .joined(separator: " ")
        guard let ids = try? cache.search(query, limit: limit) else { return nil }
        var position: [Int64: Int] = [:]
        position.reserveCapacity(articleIDs.count)
        for (index, id) in articleIDs.enumerated() { if let id { position[id] = index } }
        return ids.compactMap { position[$0] }
    }

    /// The whole processed record of article `position`, for the scriptable commands.
    public func record(at position: Int, identity: SourceIdentity) -> ProcessedArticle? {
        guard let id = articleIDs[position], let cache else { return nil }
        return try? cache.record(id: id, identity: identity)
    }
}

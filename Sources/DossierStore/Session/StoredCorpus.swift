import DossierKit

/// A corpus as the store has it at one moment: what the article list shows of each article,
/// the index over their mentions, and the cache from which an article's text and mentions
/// are read when it is opened. A value: a newer one replaces it as processing goes on.
public struct StoredCorpus: ArticleSource {
    public let summaries: [ArticleSummary]
    /// Each article's row in the cache; nil for a source not processed yet.
    let articleIDs: [Int64?]
    /// Each article's file and content: where its row is found again when another process,
    /// having processed the same file at the same time, replaced the row with its own.
    let contents: [Content]
    public let index: CorpusIndex
    let cache: CacheDatabase?

    struct Content: Sendable {
        let path: String
        let hash: UInt64
    }

    init(summaries: [ArticleSummary], articleIDs: [Int64?], contents: [Content] = [], index: CorpusIndex, cache: CacheDatabase?) {
        precondition(summaries.count == articleIDs.count && index.articleCount == summaries.count,
                     "one summary, one row and one index entry per article")
        self.summaries = summaries
        self.articleIDs = articleIDs
        self.contents = contents
        self.index = index
        self.cache = cache
    }

    public static let empty = StoredCorpus(summaries: [], articleIDs: [], index: .empty, cache: nil)

    public var count: Int { summaries.count }

    public func summary(at index: Int) -> ArticleSummary { summaries[index] }

    /// Reads the article from the cache. Its mentions are those the index has for it; an
    /// article processed after the last linking shows none until the next.
    public func article(at position: Int) -> LoadedArticle? {
        guard let id = articleIDs[position], let cache else { return nil }
        let source = summaries[position].source
        guard let stored = (try? cache.article(id: id, source: source))
                ?? replacement(at: position).flatMap({ try? cache.article(id: $0, source: source) }) else { return nil }
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
        return (try? cache.record(id: id, identity: identity))
            ?? replacement(at: position).flatMap { try? cache.record(id: $0, identity: identity) }
    }

    /// The row of the same content that replaced the article's row, when one did.
    private func replacement(at position: Int) -> Int64? {
        guard let cache, contents.indices.contains(position) else { return nil }
        return try? cache.newestArticle(path: contents[position].path, contentHash: contents[position].hash)
    }
}

import DossierKit

/// What a search found: each article with hits, in corpus order, with its hits and a line of
/// context around the first, and the same articles ranked for the results view. The hits
/// are a target for n and N, as an entity's mentions are.
public struct SearchResults: Sendable {
    public struct ArticleHits: Sendable {
        public var article: Int
        /// The article's key, which finds it again in a newer source.
        public var key: String
        public var hits: [UTF8Range]
        public var context: KeywordContext
    }

    public let pattern: SearchPattern
    /// The articles with hits, in corpus order.
    public private(set) var articles: [ArticleHits]
    /// Indices into `articles`, best first.
    public private(set) var ranking: [Int]
    /// How many hits come before each article's (for "hit 4 of 31").
    private var hitsBefore: [Int]
    public private(set) var hitCount: Int

    /// How many articles the word index is asked for; the open article is always looked through.
    static let candidateLimit = 2000

    init(pattern: SearchPattern, articles: [ArticleHits], ranking: [Int]) {
        self.pattern = pattern
        self.articles = articles
        self.ranking = ranking
        var before: [Int] = [], total = 0
        for entry in articles {
            before.append(total)
            total += entry.hits.count
        }
        hitsBefore = before
        hitCount = total
    }

    /// Searches `source`: the articles its word index names (every article when it has none),
    /// and the open article, looked through for the pattern as a substring. Ranked as the
    /// word index ranks them, else by hits, most first.
    public static func find(_ pattern: SearchPattern, in source: any ArticleSource, openArticle: Int) -> SearchResults {
        let indexed = source.articlesContaining(words: pattern.text, limit: candidateLimit)
        var candidates = indexed ?? Array(0..<source.count)
        if openArticle < source.count, !candidates.contains(openArticle) { candidates.append(openArticle) }
        var found: [(rank: Int, hits: ArticleHits)] = []
        for (rank, article) in candidates.enumerated() {
            guard let loaded = source.article(at: article) else { continue }
            let hits = pattern.ranges(in: loaded.article.text)
            guard let first = hits.first else { continue }
            found.append((rank, ArticleHits(article: article, key: source.summary(at: article).key, hits: hits,
                                            context: KeywordContext(of: first, in: loaded.article.text))))
        }
        let inOrder = found.sorted { $0.hits.article < $1.hits.article }
        let ranked = inOrder.indices.sorted { a, b in
            let x = inOrder[a], y = inOrder[b]
            if indexed != nil { return x.rank < y.rank }
            return x.hits.hits.count != y.hits.hits.count ? x.hits.hits.count > y.hits.hits.count : x.hits.article < y.hits.article
        }
        return SearchResults(pattern: pattern, articles: inOrder.map(\.hits), ranking: ranked)
    }

    public var isEmpty: Bool { articles.isEmpty }

    /// Where `article` stands among the articles with hits, or nil when it has none.
    public func slot(of article: Int) -> Int? {
        let slot = partition { $0.article >= article }
        return slot < articles.count && articles[slot].article == article ? slot : nil
    }

    /// The first slot whose article is after (`forward`) or before `article`.
    func slot(after article: Int, forward: Bool) -> Int? {
        if forward {
            let slot = partition { $0.article > article }
            return slot < articles.count ? slot : nil
        }
        let slot = partition { $0.article >= article }
        return slot > 0 ? slot - 1 : nil
    }

    /// The 1-based ordinal of a hit among all hits.
    public func ordinal(of hit: SearchHit) -> Int? {
        slot(of: hit.article).map { hitsBefore[$0] + hit.index + 1 }
    }

    private func partition(_ predicate: (ArticleHits) -> Bool) -> Int {
        var low = 0, high = articles.count
        while low < high {
            let mid = (low + high) / 2
            if predicate(articles[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }

    /// The same results over a newer source: each article found again by its key; those
    /// gone are dropped.
    func moved(to source: any ArticleSource) -> SearchResults {
        var position: [String: Int] = [:]
        let keys = Set(articles.map(\.key))
        for article in 0..<source.count {
            let key = source.summary(at: article).key
            if keys.contains(key) { position[key] = article }
        }
        var kept: [(old: Int, hits: ArticleHits)] = []
        for (old, entry) in articles.enumerated() {
            guard let article = position[entry.key] else { continue }
            var moved = entry
            moved.article = article
            kept.append((old, moved))
        }
        kept.sort { $0.hits.article < $1.hits.article }
        var newSlot: [Int: Int] = [:]
        for (slot, entry) in kept.enumerated() { newSlot[entry.old] = slot }
        return SearchResults(pattern: pattern, articles: kept.map(\.hits), ranking: ranking.compactMap { newSlot[$0] })
    }
}

/// A hit of the search: an article and the hit's index among that article's hits.
public struct SearchHit: Hashable, Sendable {
    public var article: Int
    public var index: Int
}

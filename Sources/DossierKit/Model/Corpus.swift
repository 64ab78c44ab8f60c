/// The articles in reading order, their mentions, the entities those mentions refer to, and
/// an index from each entity to its mentions sorted by (article, position), so that "the next
/// mention after here" is a binary search.
public struct Corpus: Sendable {
    public let articles: [Article]
    /// For each article, its mentions sorted by start offset; they never overlap.
    public let mentions: [[Mention]]
    public let entities: [Entity]
    /// For each entity, where its mentions are, sorted.
    private let locationsByEntity: [[MentionLocation]]
    /// For each entity, the articles it is mentioned in, ascending.
    private let articlesByEntity: [[Int]]

    /// - Precondition: `mentions.count == articles.count`; every mention's entity is an index
    ///   into `entities` and every entity's `id` is its index.
    public init(articles: [Article], mentions: [[Mention]], entities: [Entity]) {
        precondition(mentions.count == articles.count, "one mention list per article")
        var locations = Array(repeating: [MentionLocation](), count: entities.count)
        var sortedMentions: [[Mention]] = []
        sortedMentions.reserveCapacity(mentions.count)
        for (articleIndex, list) in mentions.enumerated() {
            let sorted = list.sorted { $0.range < $1.range }
            for (index, mention) in sorted.enumerated() {
                locations[mention.entity].append(MentionLocation(article: articleIndex, index: index))
            }
            sortedMentions.append(sorted)
        }
        self.articles = articles
        self.mentions = sortedMentions
        self.entities = entities
        self.locationsByEntity = locations
        self.articlesByEntity = locations.map { list in
            var articles: [Int] = []
            for location in list where articles.last != location.article { articles.append(location.article) }
            return articles
        }
    }

    public static let empty = Corpus(articles: [], mentions: [], entities: [])

    public func mention(at location: MentionLocation) -> Mention {
        mentions[location.article][location.index]
    }

    /// Every mention of an entity, in corpus order.
    public func locations(of entity: EntityID) -> [MentionLocation] {
        locationsByEntity[entity]
    }

    public func mentionCount(of entity: EntityID) -> Int {
        locationsByEntity[entity].count
    }

    /// The articles that mention an entity, ascending.
    public func articles(mentioning entity: EntityID) -> [Int] {
        articlesByEntity[entity]
    }

    /// The first mention of `entity` that starts after UTF-8 `offset` of `article`
    /// (or in a later article), or nil when there is none.
    /// - Complexity: O(log m), m the entity's mention count.
    public func nextMention(of entity: EntityID, afterOffset offset: Int, inArticle article: Int) -> MentionLocation? {
        let list = locationsByEntity[entity]
        let index = partitionPoint(list) { location in
            location.article > article
                || (location.article == article && mention(at: location).range.start > offset)
        }
        return index < list.count ? list[index] : nil
    }

    /// The last mention of `entity` that starts before UTF-8 `offset` of `article`
    /// (or in an earlier article), or nil when there is none.
    /// - Complexity: O(log m).
    public func previousMention(of entity: EntityID, beforeOffset offset: Int, inArticle article: Int) -> MentionLocation? {
        let list = locationsByEntity[entity]
        let index = partitionPoint(list) { location in
            location.article > article
                || (location.article == article && mention(at: location).range.start >= offset)
        }
        return index > 0 ? list[index - 1] : nil
    }

    /// The 1-based ordinal of a mention among its entity's mentions ("mention 3 of 27").
    public func ordinal(of location: MentionLocation) -> Int {
        let list = locationsByEntity[mention(at: location).entity]
        return partitionPoint(list) { $0 >= location } + 1
    }

    /// The 1-based ordinal of `article` among the articles mentioning `entity`
    /// ("article 1 of 2"), or nil when the article does not mention it.
    public func articleOrdinal(of article: Int, for entity: EntityID) -> Int? {
        let list = articlesByEntity[entity]
        let index = partitionPoint(list) { $0 >= article }
        return index < list.count && list[index] == article ? index + 1 : nil
    }

    /// The entities mentioned in one article with their mention counts there, people first,
    /// then countries, organizations and places; most mentioned first within a kind.
    public func entityCounts(inArticle article: Int) -> [(entity: EntityID, count: Int)] {
        var counts: [EntityID: Int] = [:]
        for mention in mentions[article] { counts[mention.entity, default: 0] += 1 }
        return counts.map { (entity: $0.key, count: $0.value) }.sorted(by: entityOrder)
    }

    /// Every entity of the corpus with its total mention count, in the same order.
    public func entityCounts() -> [(entity: EntityID, count: Int)] {
        entities.indices.map { (entity: $0, count: locationsByEntity[$0].count) }
            .filter { $0.count > 0 }
            .sorted(by: entityOrder)
    }

    private func entityOrder(_ a: (entity: EntityID, count: Int), _ b: (entity: EntityID, count: Int)) -> Bool {
        let ea = entities[a.entity], eb = entities[b.entity]
        if ea.kind != eb.kind { return ea.kind < eb.kind }
        if a.count != b.count { return a.count > b.count }
        if ea.name != eb.name { return ea.name < eb.name }
        return ea.id < eb.id
    }
}

/// The first index whose element satisfies `predicate`, for a predicate that is false then true.
func partitionPoint<T>(_ list: [T], _ predicate: (T) -> Bool) -> Int {
    var low = 0, high = list.count
    while low < high {
        let mid = (low + high) / 2
        if predicate(list[mid]) { high = mid } else { low = mid + 1 }
    }
    return low
}

/// The corpus-wide index over mentions, without any text: the entities, each mention's
/// entity and start, and for each entity its mentions and articles in corpus order, so that
/// "the next mention after here" is a binary search. Flat arrays of 32-bit integers, a few
/// bytes a mention, so that the index of a large archive stays small.
public struct CorpusIndex: Sendable {
    public let entities: [Entity]
    /// Where each article's mentions begin in the flat arrays; one more at the end.
    public let articleStarts: [Int32]
    /// For each mention (flat, in corpus order): its start offset and entity.
    public let mentionStarts: [Int32]
    public let mentionEntities: [Int32]
    /// For each mention, the paragraph of its article it stands in (`MentionRecord.paragraph`);
    /// empty for an index made without them.
    public let mentionParagraphs: [Int32]
    private let mentionArticles: [Int32]
    /// The mentions of each entity, in corpus order: entity e's are
    /// `entityMentions[entityMentionStarts[e]..<entityMentionStarts[e + 1]]`.
    private let entityMentionStarts: [Int32]
    private let entityMentions: [Int32]
    /// The articles each entity is mentioned in, ascending, laid out the same way.
    private let entityArticleStarts: [Int32]
    private let entityArticles: [Int32]
    private let entityOfKey: [EntityKey: EntityID]
    /// Every entity in the entity list's order (kind, then most mentioned, then name); made
    /// once, where the linking is made, since sorting many names takes a while.
    public let entityOrder: [Int32]

    /// - Parameters:
    ///   - articleStarts: where each article's mentions begin, and one more at the end;
    ///   - mentionStarts, mentionEntities: each mention's UTF-8 start and entity, each
    ///     article's mentions sorted by range;
    ///   - mentionParagraphs: each mention's paragraph, or empty when not known;
    ///   - entityOrder: the entities in the list's order, when known; sorted here otherwise.
    public init(entities: [Entity], articleStarts: [Int32], mentionStarts: [Int32], mentionEntities: [Int32],
                mentionParagraphs: [Int32] = [], entityOrder: [Int32]? = nil) {
        precondition(mentionStarts.count == mentionEntities.count && Int(articleStarts.last ?? 0) == mentionStarts.count,
                     "one start and one entity per mention")
        precondition(mentionParagraphs.isEmpty || mentionParagraphs.count == mentionStarts.count, "one paragraph per mention")
        self.entities = entities
        self.articleStarts = articleStarts
        self.mentionStarts = mentionStarts
        self.mentionEntities = mentionEntities
        self.mentionParagraphs = mentionParagraphs
        var articles = [Int32](repeating: 0, count: mentionStarts.count)
        for article in 0..<(articleStarts.count - 1) {
            for mention in Int(articleStarts[article])..<Int(articleStarts[article + 1]) { articles[mention] = Int32(article) }
        }
        mentionArticles = articles

        // Counting sort of the mentions by entity; corpus order is kept within an entity.
        var starts = [Int32](repeating: 0, count: entities.count + 1)
        for entity in mentionEntities { starts[Int(entity) + 1] += 1 }
        for entity in 0..<entities.count { starts[entity + 1] += starts[entity] }
        var next = starts
        var grouped = [Int32](repeating: 0, count: mentionEntities.count)
        for (mention, entity) in mentionEntities.enumerated() {
            grouped[Int(next[Int(entity)])] = Int32(mention)
            next[Int(entity)] += 1
        }
        entityMentionStarts = starts
        entityMentions = grouped

        var articleStartsByEntity = [Int32](repeating: 0, count: entities.count + 1)
        var articleList: [Int32] = []
        for entity in 0..<entities.count {
            var last: Int32 = -1
            for mention in grouped[Int(starts[entity])..<Int(starts[entity + 1])] where articles[Int(mention)] != last {
                last = articles[Int(mention)]
                articleList.append(last)
            }
            articleStartsByEntity[entity + 1] = Int32(articleList.count)
        }
        entityArticleStarts = articleStartsByEntity
        entityArticles = articleList
        var keys: [EntityKey: EntityID] = [:]
        keys.reserveCapacity(entities.count)
        for entity in entities { keys[entity.key] = entity.id }
        entityOfKey = keys
        if let entityOrder, entityOrder.count == entities.count {
            self.entityOrder = entityOrder
        } else {
            let counts = (0..<entities.count).map { Int(starts[$0 + 1] - starts[$0]) }
            let kinds = entities.map(\.kind), names = entities.map(\.name)
            self.entityOrder = entities.indices.sorted { a, b in
                if kinds[a] != kinds[b] { return kinds[a] < kinds[b] }
                if counts[a] != counts[b] { return counts[a] > counts[b] }
                if names[a] != names[b] { return names[a] < names[b] }
                return a < b
            }.map { Int32($0) }
        }
    }

    public static let empty = CorpusIndex(entities: [], articleStarts: [0], mentionStarts: [], mentionEntities: [])

    /// The same linking over another list of articles: article `i` has the mentions old
    /// article `oldArticles[i]` had, or none when that is nil (an article linked later). For
    /// showing new articles before the corpus is linked again.
    /// - Complexity: O(m) in the mentions.
    public func rearranged(_ oldArticles: [Int?]) -> CorpusIndex {
        var starts: [Int32] = [0]
        starts.reserveCapacity(oldArticles.count + 1)
        var newStarts: [Int32] = [], newEntities: [Int32] = [], newParagraphs: [Int32] = []
        newStarts.reserveCapacity(mentionCount)
        newEntities.reserveCapacity(mentionCount)
        newParagraphs.reserveCapacity(mentionParagraphs.count)
        for old in oldArticles {
            if let old {
                let range = Int(articleStarts[old])..<Int(articleStarts[old + 1])
                newStarts.append(contentsOf: mentionStarts[range])
                newEntities.append(contentsOf: mentionEntities[range])
                if !mentionParagraphs.isEmpty { newParagraphs.append(contentsOf: mentionParagraphs[range]) }
            }
            starts.append(Int32(newStarts.count))
        }
        return CorpusIndex(entities: entities, articleStarts: starts, mentionStarts: newStarts, mentionEntities: newEntities,
                           mentionParagraphs: newParagraphs, entityOrder: entityOrder)
    }

    public var articleCount: Int { articleStarts.count - 1 }
    public var mentionCount: Int { mentionStarts.count }

    /// The entity with a key, when this linking has it.
    public func entity(forKey key: EntityKey) -> EntityID? { entityOfKey[key] }

    /// How many mentions an article has.
    public func mentionCount(inArticle article: Int) -> Int {
        Int(articleStarts[article + 1] - articleStarts[article])
    }

    /// The entity of each of an article's mentions, in the order of their ranges.
    public func entities(inArticle article: Int) -> ArraySlice<Int32> {
        mentionEntities[Int(articleStarts[article])..<Int(articleStarts[article + 1])]
    }

    /// The paragraph a mention stands in, or nil when the index was made without paragraphs.
    public func paragraph(at location: MentionLocation) -> Int? {
        mentionParagraphs.isEmpty ? nil : Int(mentionParagraphs[flat(location)])
    }

    /// The paragraphs of an article's mentions, in the order of their ranges (empty when not known).
    public func paragraphs(inArticle article: Int) -> ArraySlice<Int32> {
        mentionParagraphs.isEmpty ? [] : mentionParagraphs[Int(articleStarts[article])..<Int(articleStarts[article + 1])]
    }

    public func entity(at location: MentionLocation) -> EntityID {
        Int(mentionEntities[flat(location)])
    }

    /// The UTF-8 start of a mention in its article's text.
    public func start(at location: MentionLocation) -> Int {
        Int(mentionStarts[flat(location)])
    }

    /// Every mention of an entity, in corpus order.
    public func locations(of entity: EntityID) -> Locations {
        Locations(index: self, mentions: entityMentions[Int(entityMentionStarts[entity])..<Int(entityMentionStarts[entity + 1])])
    }

    public func mentionCount(of entity: EntityID) -> Int {
        Int(entityMentionStarts[entity + 1] - entityMentionStarts[entity])
    }

    /// The articles that mention an entity, ascending.
    public func articles(mentioning entity: EntityID) -> LazyMapSequence<ArraySlice<Int32>, Int> {
        entityArticles[Int(entityArticleStarts[entity])..<Int(entityArticleStarts[entity + 1])].lazy.map { Int($0) }
    }

    public func articleCount(mentioning entity: EntityID) -> Int {
        Int(entityArticleStarts[entity + 1] - entityArticleStarts[entity])
    }

    /// The first mention of `entity` that starts after UTF-8 `offset` of `article` (or in a
    /// later article), or nil when there is none.
    /// - Complexity: O(log m), m the entity's mention count.
    public func nextMention(of entity: EntityID, afterOffset offset: Int, inArticle article: Int) -> MentionLocation? {
        let list = locations(of: entity)
        let index = partitionPoint(list.mentions) { mention in
            let other = Int(mentionArticles[Int(mention)])
            return other > article || (other == article && Int(mentionStarts[Int(mention)]) > offset)
        }
        return index < list.count ? list[index] : nil
    }

    /// The last mention of `entity` that starts before UTF-8 `offset` of `article` (or in an
    /// earlier article), or nil when there is none.
    /// - Complexity: O(log m).
    public func previousMention(of entity: EntityID, beforeOffset offset: Int, inArticle article: Int) -> MentionLocation? {
        let list = locations(of: entity)
        let index = partitionPoint(list.mentions) { mention in
            let other = Int(mentionArticles[Int(mention)])
            return other > article || (other == article && Int(mentionStarts[Int(mention)]) >= offset)
        }
        return index > 0 ? list[index - 1] : nil
    }

    /// The 1-based ordinal of a mention among its entity's mentions ("mention 3 of 27").
    public func ordinal(of location: MentionLocation) -> Int {
        let target = Int32(flat(location))
        return partitionPoint(locations(of: entity(at: location)).mentions) { $0 >= target } + 1
    }

    /// The 1-based ordinal of `article` among the articles mentioning `entity` ("article 1 of
    /// 2"), or nil when the article does not mention it.
    public func articleOrdinal(of article: Int, for entity: EntityID) -> Int? {
        let list = entityArticles[Int(entityArticleStarts[entity])..<Int(entityArticleStarts[entity + 1])]
        let index = partitionPoint(list) { Int($0) >= article }
        return index < list.count && Int(list[list.startIndex + index]) == article ? index + 1 : nil
    }

    /// The entities mentioned in one article with their mention counts there, people first,
    /// then countries, organizations and places; most mentioned first within a kind.
    public func entityCounts(inArticle article: Int) -> [(entity: EntityID, count: Int)] {
        var counts: [EntityID: Int] = [:]
        for entity in entities(inArticle: article) { counts[Int(entity), default: 0] += 1 }
        return counts.map { (entity: $0.key, count: $0.value) }.sorted {
            Self.listOrder(entities[$0.entity], $0.count, entities[$1.entity], $1.count)
        }
    }

    /// Every entity of the corpus with its total mention count, in the same order.
    /// - Complexity: O(e) in the entities: the order is made with the index.
    public func entityCounts() -> [(entity: EntityID, count: Int)] {
        entityOrder.compactMap { entity in
            let count = mentionCount(of: Int(entity))
            return count > 0 ? (entity: Int(entity), count: count) : nil
        }
    }

    /// The entity list's order: kind, then most mentioned, then name, then id.
    static func listOrder(_ a: Entity, _ countA: Int, _ b: Entity, _ countB: Int) -> Bool {
        if a.kind != b.kind { return a.kind < b.kind }
        if countA != countB { return countA > countB }
        if a.name != b.name { return a.name < b.name }
        return a.id < b.id
    }

    private func flat(_ location: MentionLocation) -> Int {
        Int(articleStarts[location.article]) + location.index
    }

    /// An entity's mentions as locations, without copying them.
    public struct Locations: RandomAccessCollection, Sendable {
        let index: CorpusIndex
        let mentions: ArraySlice<Int32>

        public var startIndex: Int { 0 }
        public var endIndex: Int { mentions.count }

        public subscript(position: Int) -> MentionLocation {
            let mention = Int(mentions[mentions.startIndex + position])
            let article = Int(index.mentionArticles[mention])
            return MentionLocation(article: article, index: mention - Int(index.articleStarts[article]))
        }
    }
}

/// The first index whose element satisfies `predicate`, for a predicate that is false then true.
func partitionPoint<C: RandomAccessCollection>(_ list: C, _ predicate: (C.Element) -> Bool) -> Int where C.Index == Int {
    var low = list.startIndex, high = list.endIndex
    while low < high {
        let mid = (low + high) / 2
        if predicate(list[mid]) { high = mid } else { low = mid + 1 }
    }
    return low - list.startIndex
}

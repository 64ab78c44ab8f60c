/// A corpus held in memory: the articles in reading order, their mentions, and the index
/// over them (entities and where each is mentioned). The scriptable commands and tests use
/// it; the reader reads a large archive through a store instead (`ArticleSource`).
public struct Corpus: Sendable {
    public let articles: [Article]
    /// For each article, its mentions sorted by start offset; they never overlap.
    public let mentions: [[Mention]]
    public let index: CorpusIndex

    /// - Precondition: `mentions.count == articles.count`; every mention's entity is an index
    ///   into `entities` and every entity's `id` is its index.
    public init(articles: [Article], mentions: [[Mention]], entities: [Entity]) {
        precondition(mentions.count == articles.count, "one mention list per article")
        let sorted = mentions.map { $0.sorted { $0.range < $1.range } }
        var starts: [Int32] = [0]
        for list in sorted { starts.append(starts.last! + Int32(list.count)) }
        self.articles = articles
        self.mentions = sorted
        let paragraphs = zip(articles, sorted).flatMap { article, list in
            article.paragraphNumbers(ofOffsets: list.map(\.range.start)).map { Int32($0) }
        }
        self.index = CorpusIndex(entities: entities, articleStarts: starts,
                                 mentionStarts: sorted.joined().map { Int32($0.range.start) },
                                 mentionEntities: sorted.joined().map { Int32($0.entity) }, mentionParagraphs: paragraphs)
    }

    /// Articles with their mention records (sorted by range) and the index linking made of them.
    public init(articles: [Article], records: [[MentionRecord]], index: CorpusIndex) {
        precondition(records.count == articles.count && index.articleCount == articles.count, "one mention list per article")
        self.articles = articles
        self.mentions = records.indices.map { article in
            zip(records[article], index.entities(inArticle: article)).map { record, entity in
                Mention(range: record.range, entity: Int(entity), form: record.form)
            }
        }
        self.index = index
    }

    public static let empty = Corpus(articles: [], mentions: [], entities: [])

    public var entities: [Entity] { index.entities }

    public func mention(at location: MentionLocation) -> Mention {
        mentions[location.article][location.index]
    }

    public func locations(of entity: EntityID) -> CorpusIndex.Locations { index.locations(of: entity) }
    public func mentionCount(of entity: EntityID) -> Int { index.mentionCount(of: entity) }
    public func articles(mentioning entity: EntityID) -> [Int] { Array(index.articles(mentioning: entity)) }

    public func nextMention(of entity: EntityID, afterOffset offset: Int, inArticle article: Int) -> MentionLocation? {
        index.nextMention(of: entity, afterOffset: offset, inArticle: article)
    }

    public func previousMention(of entity: EntityID, beforeOffset offset: Int, inArticle article: Int) -> MentionLocation? {
        index.previousMention(of: entity, beforeOffset: offset, inArticle: article)
    }

    public func ordinal(of location: MentionLocation) -> Int { index.ordinal(of: location) }

    public func articleOrdinal(of article: Int, for entity: EntityID) -> Int? {
        index.articleOrdinal(of: article, for: entity)
    }

    public func entityCounts(inArticle article: Int) -> [(entity: EntityID, count: Int)] {
        index.entityCounts(inArticle: article)
    }

    public func entityCounts() -> [(entity: EntityID, count: Int)] { index.entityCounts() }
}

extension Corpus: ArticleSource {
    public var count: Int { articles.count }

    public func summary(at index: Int) -> ArticleSummary {
        ArticleSummary(articles[index], key: articles[index].source)
    }

    public func article(at index: Int) -> LoadedArticle? {
        LoadedArticle(article: articles[index], mentions: mentions[index])
    }
}

import DossierKit

/// The people and countries found most often in the same paragraphs as one entity, with
/// the number of paragraphs they share with it.
public struct RelatedList: Sendable {
    public let entity: EntityID
    public let rows: [EntityCount]
    /// Whether the counts are of paragraphs, or of articles for an index made without them.
    public let countsParagraphs: Bool

    /// The kinds listed.
    static let kinds: Set<EntityKind> = [.person, .country]
    /// The most rows listed.
    static let limit = 200

    init(entity: EntityID, index: CorpusIndex) {
        self.entity = entity
        countsParagraphs = !index.mentionParagraphs.isEmpty
        var shared: [EntityID: Int] = [:]
        var seen: Set<SIMD2<Int32>> = []
        for article in index.articles(mentioning: entity) {
            let entities = index.entities(inArticle: article)
            let paragraphs = index.paragraphs(inArticle: article)
            // The paragraphs that hold the entity; the whole article counts as one without them.
            var holding: Set<Int32> = []
            for (offset, other) in entities.enumerated() where Int(other) == entity {
                holding.insert(paragraphs.isEmpty ? 0 : paragraphs[paragraphs.startIndex + offset])
            }
            // Each other entity counts once per paragraph it shares.
            seen.removeAll(keepingCapacity: true)
            for (offset, other) in entities.enumerated() where Int(other) != entity {
                let paragraph = paragraphs.isEmpty ? 0 : paragraphs[paragraphs.startIndex + offset]
                guard holding.contains(paragraph), Self.kinds.contains(index.entities[Int(other)].kind) else { continue }
                if seen.insert(SIMD2(other, paragraph)).inserted { shared[Int(other), default: 0] += 1 }
            }
        }
        rows = shared.map { EntityCount(entity: $0.key, count: $0.value) }
            .sorted { a, b in
                if a.count != b.count { return a.count > b.count }
                let x = index.entities[a.entity], y = index.entities[b.entity]
                return x.kind != y.kind ? x.kind < y.kind : (x.name != y.name ? x.name < y.name : x.id < y.id)
            }
            .prefix(Self.limit).map { $0 }
    }
}

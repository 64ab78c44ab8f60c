/// Links the mentions of every article into corpus-wide entities.
public struct EntityLinker: Sendable {
    public init() {}

    public func link(articles: [Article], recognized: [[RecognizedMention]]) -> Corpus {
        var ids: [String: EntityID] = [:]
        var entities: [Entity] = []
        var mentions: [[Mention]] = []
        for list in recognized {
            mentions.append(list.map { found in
                let key = "\(found.kind.rawValue):\(found.name)"
                let id = ids[key] ?? {
                    let id = entities.count
                    entities.append(Entity(id: id, kind: found.kind, name: found.name, code: found.code))
                    ids[key] = id
                    return id
                }()
                return Mention(range: found.range, entity: id, form: found.form)
            })
        }
        return Corpus(articles: articles, mentions: mentions, entities: entities)
    }
}

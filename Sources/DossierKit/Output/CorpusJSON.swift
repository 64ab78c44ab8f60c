/// The JSON form of a corpus's entities, as `dossier entities --format json` prints it.
/// Mention offsets are Unicode scalar offsets into the article's `text` as `clean` prints it.
public struct CorpusJSON: Encodable, Sendable {
    public struct ArticleRef: Encodable, Sendable {
        public let id: Int
        public let source: String
        public let title: String
    }

    public struct MentionJSON: Encodable, Sendable {
        public let article: Int
        public let start: Int
        public let end: Int
        public let text: String
        /// How the mention names its entity: name, alias, demonym ("Belarusian") or title+name.
        public let form: String
    }

    public struct EntityJSON: Encodable, Sendable {
        public let id: Int
        public let kind: String
        public let name: String
        public let aliases: [String]
        public let code: String?
        public let mentions: [MentionJSON]

        enum CodingKeys: String, CodingKey { case id, kind, name, aliases, code, mentions }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(kind, forKey: .kind)
            try container.encode(name, forKey: .name)
            try container.encode(aliases, forKey: .aliases)
            try container.encode(code, forKey: .code)
            try container.encode(mentions, forKey: .mentions)
        }
    }

    public let articles: [ArticleRef]
    public let entities: [EntityJSON]

    /// Entities in the reader's order: people, countries, organizations, places; most mentioned first.
    public init(_ corpus: Corpus) {
        articles = corpus.articles.enumerated().map { ArticleRef(id: $0.offset, source: $0.element.source, title: $0.element.title) }
        // Scalar offsets of every mention boundary, computed in one pass per article.
        var scalarBounds: [[(start: Int, end: Int)]] = []
        for (index, article) in corpus.articles.enumerated() {
            let utf8Offsets = corpus.mentions[index].flatMap { [$0.range.start, $0.range.end] }
            let scalars = ScalarOffsets.convert(utf8Offsets, in: article.text)
            scalarBounds.append(stride(from: 0, to: scalars.count, by: 2).map { (scalars[$0], scalars[$0 + 1]) })
        }
        entities = corpus.entityCounts().map { entry in
            let entity = corpus.entities[entry.entity]
            let mentions = corpus.locations(of: entry.entity).map { location -> MentionJSON in
                let mention = corpus.mention(at: location)
                let bounds = scalarBounds[location.article][location.index]
                return MentionJSON(article: location.article, start: bounds.start, end: bounds.end,
                                   text: String(corpus.articles[location.article][mention.range]),
                                   form: mention.form.rawValue)
            }
            return EntityJSON(id: entity.id, kind: entity.kind.rawValue, name: entity.name,
                              aliases: entity.aliases, code: entity.code, mentions: mentions)
        }
    }
}

/// UTF-8 offsets to Unicode scalar offsets.
public enum ScalarOffsets {
    /// Converts UTF-8 offsets (each on a scalar boundary, in any order) to scalar offsets.
    /// - Complexity: O(n + k log k) for a text of n bytes and k offsets.
    public static func convert(_ utf8Offsets: [Int], in text: String) -> [Int] {
        let order = utf8Offsets.indices.sorted { utf8Offsets[$0] < utf8Offsets[$1] }
        var result = Array(repeating: 0, count: utf8Offsets.count)
        var byte = 0, scalar = 0
        var iterator = text.unicodeScalars.makeIterator()
        for index in order {
            let target = utf8Offsets[index]
            while byte < target, let next = iterator.next() {
                byte += UTF8.width(next)
                scalar += 1
            }
            result[index] = scalar
        }
        return result
    }
}

/// Identifies an entity within one linking of a corpus: its index in `CorpusIndex.entities`.
/// It changes when the corpus is linked again; `EntityKey` does not.
public typealias EntityID = Int

/// One real-world referent across the corpus: a person, a country, an organization or a place.
public struct Entity: Hashable, Sendable, Identifiable {
    public let id: EntityID
    /// What stays the same across linkings ("country:BY").
    public let key: EntityKey
    public let kind: EntityKind
    /// The canonical name: the most complete frequent form ("Alexander Lukashenko", "Belarus").
    public let name: String
    /// Every other surface form the corpus uses for it, most frequent first.
    public let aliases: [String]
    /// ISO 3166-1 alpha-2 code for a country ("BY"), nil otherwise.
    public let code: String?

    /// - Parameter key: the entity's stable key; by default its kind and folded name (or code).
    public init(id: EntityID, kind: EntityKind, name: String, aliases: [String] = [], code: String? = nil, key: EntityKey? = nil) {
        self.id = id
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.code = code
        self.key = key ?? EntityKey(kind: kind, name: name, code: code)
    }
}

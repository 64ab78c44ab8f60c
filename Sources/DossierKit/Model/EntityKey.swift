/// A name for an entity that stays the same when articles are added, changed or removed:
/// `country:BY`, `person:alexander lukashenko`, `organization:european union`. Reading state,
/// filters and the reader's selection refer to entities by key; an `EntityID` is only an
/// index into one linking's entity list.
public struct EntityKey: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// The key of an entity of `kind` named `name`: the kind and the name folded for case and
    /// diacritics; a country with an ISO code is keyed by its code.
    public init(kind: EntityKind, name: String, code: String? = nil) {
        if kind == .country, let code {
            self.init("country:\(code)")
        } else {
            self.init("\(kind.rawValue):\(NameFolding.fold(name))")
        }
    }

    public var description: String { rawValue }

    public static func < (a: EntityKey, b: EntityKey) -> Bool { a.rawValue < b.rawValue }
}

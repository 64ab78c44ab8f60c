import DossierKit

/// A row of the entity list: an entity and its mentions in the listed scope.
public struct EntityCount: Hashable, Sendable {
    public var entity: EntityID
    public var count: Int
}

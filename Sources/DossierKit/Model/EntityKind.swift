/// What an entity is. The order of the cases is the order of the reader's entity list.
public enum EntityKind: String, Sendable, Codable, CaseIterable, Comparable {
    case person
    case country
    case organization
    case place

    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

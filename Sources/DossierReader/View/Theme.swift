import DossierKit

/// The styles of the reader, with colours or without (NO_COLOR, or a terminal without
/// colours), in which case entity kinds differ by bold and underline.
public struct Theme: Hashable, Sendable {
    public var usesColor: Bool
    /// The colour of each entity kind, used when `usesColor` is on.
    public var kindColors: [EntityKind: Style.Color]
    /// The kinds whose mentions are highlighted in the text; the others' mentions are drawn
    /// as plain text (the selected entity's and the target still stand out).
    public var highlighted: Set<EntityKind>

    /// The colours the kinds have unless the settings give others.
    public static let defaultKindColors: [EntityKind: Style.Color] = [
        .person: .cyan, .country: .green, .organization: .magenta, .place: .yellow,
    ]

    public init(usesColor: Bool, kindColors: [EntityKind: Style.Color] = Theme.defaultKindColors,
                highlighted: Set<EntityKind> = Set(EntityKind.allCases)) {
        self.usesColor = usesColor
        self.kindColors = kindColors
        self.highlighted = highlighted
    }

    /// An entity of `kind`: its name in the entity list, the help's legend.
    public func style(for kind: EntityKind) -> Style {
        if usesColor { return Style(foreground: kindColors[kind] ?? Self.defaultKindColors[kind]) }
        switch kind {
        case .person: return Style(attributes: .bold)
        case .country: return Style(attributes: .underline)
        case .organization: return Style(attributes: [.bold, .underline])
        case .place: return Style(attributes: [.dim, .underline])
        }
    }

    /// A mention of an entity of `kind` in the text: its kind's style when the kind is
    /// highlighted, else plain.
    public func mentionStyle(for kind: EntityKind) -> Style {
        highlighted.contains(kind) ? style(for: kind) : .plain
    }

    /// The mentions of the selected entity stand out from the others.
    public let selectedMention = Style(attributes: [.bold, .underline])
    /// A hit of the search, while the search is the target (the one n or N went to is `target`).
    public var searchHit: Style {
        usesColor ? Style(foreground: .red, attributes: [.bold, .underline]) : Style(attributes: [.bold, .underline])
    }
    /// The mention n or N went to.
    public let target = Style(attributes: .reverse)
    /// The cursor of the focused list.
    public let cursor = Style(attributes: .reverse)
    public let heading = Style(attributes: .bold)
    /// The title of an article not read yet.
    public let unread = Style(attributes: .bold)
    public var star: Style { usesColor ? Style(foreground: .yellow) : Style(attributes: .bold) }
    public let focusedHeader = Style(attributes: [.reverse, .bold])
    public let header = Style(attributes: .bold)
    public let rule = Style(attributes: .dim)
    public let status = Style(attributes: .reverse)
}

import DossierKit

/// The styles of the reader, with colours or without (NO_COLOR, or a terminal without
/// colours), in which case entity kinds differ by bold and underline.
public struct Theme: Hashable, Sendable {
    public var usesColor: Bool

    public init(usesColor: Bool) {
        self.usesColor = usesColor
    }

    /// A mention of an entity of `kind`.
    public func style(for kind: EntityKind) -> Style {
        if usesColor {
            switch kind {
            case .person: return Style(foreground: .cyan)
            case .country: return Style(foreground: .green)
            case .organization: return Style(foreground: .magenta)
            case .place: return Style(foreground: .yellow)
            }
        }
        switch kind {
        case .person: return Style(attributes: .bold)
        case .country: return Style(attributes: .underline)
        case .organization: return Style(attributes: [.bold, .underline])
        case .place: return Style(attributes: [.dim, .underline])
        }
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

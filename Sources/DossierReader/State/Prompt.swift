/// A line typed in the status line: a search, an article number, or a filter of the entity
/// list by name (applied as it is typed).
public struct Prompt: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case search, goTo, entityFilter
    }

    public var kind: Kind
    public var text = ""
    /// The history entry shown, 1 for the newest; nil while a new line is typed.
    var recalled: Int?
    /// What was typed before ↑ recalled the history, for ↓ to come back to.
    var typed = ""

    public init(kind: Kind, text: String = "") {
        self.kind = kind
        self.text = text
    }

    /// What stands before the text: "/", ":" or "Filter names: ".
    public var lead: String {
        switch kind {
        case .search: "/"
        case .goTo: ":"
        case .entityFilter: "Filter names: "
        }
    }
}

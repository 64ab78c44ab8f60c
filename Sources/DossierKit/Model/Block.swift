/// One unit of an article's body: a paragraph, heading, quote or list item, as a range of
/// the article's reading text.
public struct Block: Hashable, Sendable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case paragraph
        case heading
        case quote
        case listItem = "list-item"
    }

    public var kind: Kind
    public var range: UTF8Range

    public init(kind: Kind, range: UTF8Range) {
        self.kind = kind
        self.range = range
    }
}

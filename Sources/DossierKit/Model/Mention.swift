/// How a mention refers to its entity.
public enum MentionForm: String, Sendable, Codable, CaseIterable {
    /// The name itself, full or partial: "Alexander Lukashenko", "Lukashenko", "Belarus".
    case name
    /// Another name for the same referent: "U.S." for the United States, "Byelorussia".
    case alias
    /// A demonym or adjective: "Belarusian", "Russians".
    case demonym
    /// A name right after a title, the title left out of the range: "President [Trump]".
    case titleName = "title+name"
}

/// A range of one article's text that refers to an entity. Mentions never overlap.
public struct Mention: Hashable, Sendable {
    public var range: UTF8Range
    public var entity: EntityID
    public var form: MentionForm

    public init(range: UTF8Range, entity: EntityID, form: MentionForm) {
        self.range = range
        self.entity = entity
        self.form = form
    }
}

/// Where a mention is in the corpus: an article and the mention's index in that article's
/// mention list. Ordered by article, then by position in the text.
public struct MentionLocation: Hashable, Sendable, Comparable {
    public var article: Int
    public var index: Int

    public init(article: Int, index: Int) {
        self.article = article
        self.index = index
    }

    public static func < (lhs: MentionLocation, rhs: MentionLocation) -> Bool {
        (lhs.article, lhs.index) < (rhs.article, rhs.index)
    }
}

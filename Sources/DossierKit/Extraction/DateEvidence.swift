/// The dates a page gives, as ISO 8601: what it declares as its publication and revision, the
/// date it shows near its title, and a date shown there that says it is an update's.
public struct DateEvidence: Sendable, Equatable {
    public var published: String?
    public var modified: String?
    public var shown: String?
    public var shownUpdate: String?

    public init(published: String? = nil, modified: String? = nil, shown: String? = nil, shownUpdate: String? = nil) {
        self.published = published
        self.modified = modified
        self.shown = shown
        self.shownUpdate = shownUpdate
    }

    init(_ dates: PageDate) {
        self.init(published: dates.published, modified: dates.modified, shown: dates.shown, shownUpdate: dates.shownUpdate)
    }
}

import DossierKit

/// A view over the panes that lists what was found: the search's articles, an entity's
/// mentions in context, or the entities found beside it. Enter goes to the row's place; Esc
/// returns to the panes as they were.
public struct FindView: Sendable {
    public enum Content: Sendable {
        case searchResults
        case mentions(MentionsList)
        case related(RelatedList)
    }

    public internal(set) var content: Content
    /// The row under the cursor and the first row shown (for search results, an article's
    /// two rows count as one).
    public internal(set) var cursor = 0
    public internal(set) var top = 0

    init(_ content: Content) {
        self.content = content
    }

    /// The rows of the list, given the search for its results.
    func rowCount(search: SearchResults?) -> Int {
        switch content {
        case .searchResults: search?.ranking.count ?? 0
        case .mentions(let list): list.rows.count
        case .related(let list): list.rows.count
        }
    }

    /// How many screen rows one of its rows takes.
    var rowHeight: Int {
        if case .searchResults = content { return 2 }
        return 1
    }
}

extension FindView {
    /// The view over a newer source: an entity's lists made again for the same entity (by
    /// its key), nil when the entity is gone.
    func moved(from old: any ArticleSource, to new: any ArticleSource) -> FindView? {
        var view = self
        switch content {
        case .searchResults: return view
        case .mentions(let list):
            guard let entity = new.index.entity(forKey: old.index.entities[list.entity].key) else { return nil }
            view.content = .mentions(MentionsList(entity: entity, index: new.index))
        case .related(let list):
            guard let entity = new.index.entity(forKey: old.index.entities[list.entity].key) else { return nil }
            view.content = .related(RelatedList(entity: entity, index: new.index))
        }
        return view
    }
}

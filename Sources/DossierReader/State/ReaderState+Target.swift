import DossierKit

/// n, N, ] and [: one target, the selected entity's mentions or the last search's hits.
extension ReaderState {
    /// The entity the entity-keys act on: the one under the entity list's cursor while that
    /// list has the focus, else the selected one.
    var entityInFocus: EntityID? {
        if focus == .entities, entityRows.indices.contains(entityCursor) { return entityRows[entityCursor].entity }
        return selectedEntity
    }

    /// n and N.
    mutating func goToNextInTarget(forward: Bool) {
        switch targetKind {
        case .entity: goToMention(forward: forward)
        case .search: goToHit(forward: forward)
        }
    }

    /// The next or previous hit of the search: from the current hit when it is in the open
    /// article, else from the top of the text; past the last hit, around to the first.
    mutating func goToHit(forward: Bool) {
        guard let search else {
            notice = "No search: / searches every article"
            return
        }
        var found: SearchHit?
        if let slot = search.slot(of: openArticle) {
            let hits = search.articles[slot].hits
            let index: Int?
            if let searchHit, searchHit.article == openArticle {
                index = searchHit.index + (forward ? 1 : -1)
            } else {
                index = forward ? hits.firstIndex { $0.start >= textTop } : hits.lastIndex { $0.start < textTop }
            }
            if let index, hits.indices.contains(index) { found = SearchHit(article: openArticle, index: index) }
        }
        if found == nil, let slot = search.slot(after: openArticle, forward: forward) {
            found = SearchHit(article: search.articles[slot].article, index: forward ? 0 : search.articles[slot].hits.count - 1)
        }
        if found == nil, let slot = forward ? search.articles.indices.first : search.articles.indices.last {
            found = SearchHit(article: search.articles[slot].article, index: forward ? 0 : search.articles[slot].hits.count - 1)
            notice = forward ? "Past the last hit: back to the first" : "Before the first hit: on to the last"
        }
        if let found { go(to: found) }
    }

    /// Opens the hit's article, makes the hit the target and scrolls it into view.
    mutating func go(to hit: SearchHit) {
        guard let search, let slot = search.slot(of: hit.article) else { return }
        targetKind = .search
        open(hit.article)
        searchHit = hit
        let hits = search.articles[slot].hits
        if hits.indices.contains(hit.index) { scrollIntoView(hits[hit.index].start) }
        if layout.isNarrow { focus = .text }
    }

    /// ] and [: the first of the target's places in the next or previous article that holds
    /// one; past the last such article, around to the first.
    mutating func goToTargetArticle(forward: Bool) {
        switch targetKind {
        case .search:
            guard let search else {
                notice = "No search: / searches every article"
                return
            }
            var slot = search.slot(after: openArticle, forward: forward)
            if slot == nil {
                slot = forward ? search.articles.indices.first : search.articles.indices.last
                notice = forward ? "Past the last article with a hit: back to the first" : "Before the first article with a hit: on to the last"
            }
            if let slot { go(to: SearchHit(article: search.articles[slot].article, index: 0)) }
        case .entity:
            guard let entity = selectedEntity else {
                notice = Self.noSelectionNotice
                return
            }
            let articles = index.articles(mentioning: entity)
            guard let first = articles.first else { return }
            var article = forward ? articles.first { $0 > openArticle } : articles.last { $0 < openArticle }
            if article == nil {
                article = forward ? first : articles.last
                notice = forward ? "Past the last article with a mention: back to the first"
                                 : "Before the first article with a mention: on to the last"
            }
            if let article, let location = index.nextMention(of: entity, afterOffset: -1, inArticle: article) {
                go(to: location)
                if layout.isNarrow { focus = .text }
            }
        }
    }
}

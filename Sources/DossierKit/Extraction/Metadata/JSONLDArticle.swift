import Foundation

/// The article fields of a page's JSON-LD (schema.org): headline, authors, dates, section,
/// publisher and the page's address, from the first object whose type is an article, report, blog post or web page
/// (nested `@graph` lists included). Authors given as `{"@id": …}` references are looked up
/// among the page's other objects.
struct JSONLDArticle {
    var headline: String?
    /// The names of the authors that are people (or of unstated type).
    var authors: [String] = []
    /// The names of authors typed as organizations: a byline of last resort.
    var organizations: [String] = []
    var datePublished: String?
    var dateModified: String?
    var dateCreated: String?
    var section: String?
    /// The publisher's name: the site, not a byline.
    var publisher: String?
    /// What the object gives as the page's address, best first: its `url`, then its
    /// `mainEntityOfPage` (an address, or a web page object's `@id` or `url`). Not checked here.
    var addresses: [String] = []

    /// Types that describe the page's story, best first.
    private static let articleTypes = ["newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
                                       "article", "blogposting", "report", "scholarlyarticle", "techarticle",
                                       "socialmediaposting", "liveblogposting", "posting", "webpage", "itempage", "recipe"]

    init?(scripts: [String]) {
        var candidates: [[String: Any]] = []
        for script in scripts {
            guard let data = script.data(using: .utf8),
                  let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            Self.collect(json, into: &candidates)
        }
        let ranked = candidates.compactMap { object -> (Int, [String: Any])? in
            let types = Self.types(of: object)
            guard let rank = types.compactMap({ Self.articleTypes.firstIndex(of: $0) }).min() else { return nil }
            return (rank, object)
        }
        guard let object = ranked.min(by: { $0.0 < $1.0 })?.1 else { return nil }
        var byID: [String: [String: Any]] = [:]
        for candidate in candidates {
            if let id = candidate["@id"] as? String, candidate.count > 1 { byID[id] = byID[id] ?? candidate }
        }
        headline = Self.string(object["headline"]) ?? Self.string(object["name"])
        (authors, organizations) = Self.names(object["author"] ?? object["creator"], byID: byID)
        publisher = Self.names(object["publisher"], byID: byID).organizations.first
            ?? Self.names(object["publisher"], byID: byID).people.first
        datePublished = Self.string(object["datePublished"])
        dateModified = Self.string(object["dateModified"])
        dateCreated = Self.string(object["dateCreated"])
        section = Self.string(object["articleSection"])
        addresses = Self.addresses(of: object)
        // A web page object often holds the article as its main entity.
        if let main = object["mainEntity"] as? [String: Any] ?? object["mainEntityOfPage"] as? [String: Any],
           !Self.types(of: main).isEmpty {
            headline = headline ?? Self.string(main["headline"])
            if authors.isEmpty && organizations.isEmpty { (authors, organizations) = Self.names(main["author"], byID: byID) }
            datePublished = datePublished ?? Self.string(main["datePublished"])
            dateModified = dateModified ?? Self.string(main["dateModified"])
            addresses += Self.addresses(of: main)
        }
    }

    private static func addresses(of object: [String: Any]) -> [String] {
        var found = [string(object["url"])]
        if let page = object["mainEntityOfPage"] as? [String: Any] {
            found += [string(page["@id"]), string(page["url"])]
        } else {
            found.append(string(object["mainEntityOfPage"]))
        }
        return found.compactMap { $0 }
    }

    private static func collect(_ json: Any, into candidates: inout [[String: Any]]) {
        if let list = json as? [Any] {
            for item in list { collect(item, into: &candidates) }
        } else if let object = json as? [String: Any] {
            candidates.append(object)
            if let graph = object["@graph"] { collect(graph, into: &candidates) }
        }
    }

    private static func types(of object: [String: Any]) -> [String] {
        if let type = object["@type"] as? String { return [type.lowercased()] }
        if let types = object["@type"] as? [String] { return types.map { $0.lowercased() } }
        return []
    }

    private static func string(_ value: Any?) -> String? {
        if let text = value as? String {
            let trimmed = TextNormalization.trimming(text, .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
        if let list = value as? [Any] { return list.lazy.compactMap { string($0) }.first }
        return nil
    }

    /// Names from an author value (a string, a person or organization object or a reference
    /// to one, or a list of them), people and organizations apart.
    private static func names(_ value: Any?, byID: [String: [String: Any]]) -> (people: [String], organizations: [String]) {
        if let text = string(value as? String) { return ([text], []) }
        if var object = value as? [String: Any] {
            if object["name"] == nil, let id = object["@id"] as? String, let referenced = byID[id] { object = referenced }
            guard let name = string(object["name"]) else { return ([], []) }
            let types = types(of: object)
            return types.contains("organization") || types.contains("newsmediaorganization") || types.contains("corporation")
                ? ([], [name]) : ([name], [])
        }
        if let list = value as? [Any] {
            let parts = list.map { names($0, byID: byID) }
            return (parts.flatMap(\.people), parts.flatMap(\.organizations))
        }
        return ([], [])
    }
}

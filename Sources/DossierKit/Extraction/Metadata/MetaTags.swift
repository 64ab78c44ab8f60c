/// A page's `<meta>` tags by lowercased name, property or itemprop (the first of each),
/// and the `datetime` of its `<time>` elements.
struct MetaTags {
    private var contents: [String: String] = [:]
    /// The keys in page order.
    private var keys: [String] = []
    /// The content as written, for the keys whose values are checked rather than cleaned
    /// (an address with an invisible character taken out would be another address).
    private var uncleaned: [String: String] = [:]
    private static let uncleanedKeys: Set<String> = ["og:url"]

    init(_ tree: HTMLTree) {
        for (index, node) in tree.nodes.enumerated() where node.tag == .meta {
            guard let attributes = tree.attributes(of: index), let content = attributes.content else { continue }
            let trimmed = TextNormalization.cleanLine(content)
            guard !trimmed.isEmpty else { continue }
            for key in [attributes.name, attributes.property, attributes.itemprop].compactMap({ $0?.lowercased() })
            where contents[key] == nil {
                contents[key] = trimmed
                keys.append(key)
                if Self.uncleanedKeys.contains(key) { uncleaned[key] = content }
            }
        }
    }

    /// The first of `keys` the page has.
    func first(_ keys: [String]) -> String? {
        keys.lazy.compactMap { contents[$0] }.first
    }

    /// The content of a tag of one of `uncleanedKeys`, as written.
    func uncleaned(_ key: String) -> String? {
        uncleaned[key]
    }

    /// The values, in page order, of the tags whose key passes `test`.
    func values(whereKey test: (String) -> Bool) -> [String] {
        keys.filter(test).compactMap { contents[$0] }
    }
}

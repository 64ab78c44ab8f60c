import Foundation

/// What linking knows of names before it reads a corpus, from the shipped gazetteers: the
/// organizations (`organizations.txt`: "Google", "Apple", "European Union"), the well-known
/// acronyms with their expansions (`acronyms.tsv`: "EU", "European Union") and the places
/// (`places.tsv`: "Chicago", "Washington"). All folded as `NameFolding` folds. Loaded on the
/// first question.
struct LinkingLexicon: Sendable {
    static let shared = LinkingLexicon()

    /// The folded names of the organization list.
    let organizations: Set<String>
    /// A well-known acronym, as written without its periods ("EU", "NATO", "Fed"), to its
    /// expansion folded ("european union").
    let expansions: [String: String]
    /// The places, as `FeatureHash` hashes of their folded names (there are many).
    private let placeHashes: Set<UInt64>

    init(organizations: Set<String>, expansions: [String: String], places: [String] = []) {
        self.organizations = organizations
        self.expansions = expansions
        placeHashes = Set(places.map { FeatureHash.of(NameFolding.fold($0)) })
    }

    /// Whether the place list holds a folded name: a city or state, which also names teams,
    /// companies and people ("Chicago beat Detroit", "Washington said").
    func isPlace(_ folded: String) -> Bool {
        placeHashes.contains(FeatureHash.of(folded))
    }

    private init() {
        var organizations = Set<String>()
        for line in Self.lines(of: "organizations.txt") { organizations.insert(NameFolding.fold(line)) }
        var expansions: [String: String] = [:]
        for line in Self.lines(of: "acronyms.tsv") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else { continue }
            expansions[Acronym.written(fields[0])] = NameFolding.fold(fields[1])
        }
        let places = Self.lines(of: "places.tsv").map { String($0.prefix { $0 != "\t" }) }
        self.init(organizations: organizations, expansions: expansions, places: places)
    }

    /// The lines of a gazetteer file that are not empty nor comments.
    private static func lines(of file: String) -> [Substring] {
        guard let url = Bundle.module.url(forResource: file, withExtension: nil, subdirectory: "Resources/Gazetteers"),
              let data = try? Data(contentsOf: url) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").filter { !$0.hasPrefix("#") }
    }
}

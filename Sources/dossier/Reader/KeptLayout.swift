import DossierReader
import DossierStore

/// What the reader keeps in the state database between runs besides the reading state: the
/// pane widths and the search history. A value that cannot be read gives the default.
struct KeptLayout {
    static let widthsSetting = "pane_widths"

    var paneWidths: PaneWidths
    var searchHistory: [String] = []

    /// - Parameter configured: the widths when none were kept (the settings').
    init(database: StateDatabase?, configured: PaneWidths = .standard) {
        paneWidths = configured
        guard let database else { return }
        if let text = try? database.setting(Self.widthsSetting) {
            let numbers = text.split(separator: " ").compactMap { Int($0) }
            if numbers.count == 2, let widths = PaneWidths(checking: numbers[0], entities: numbers[1]) { paneWidths = widths }
        }
        searchHistory = (try? database.searchHistory()) ?? []
    }

    /// Keeps the widths as "articles entities", in percent.
    static func save(_ widths: PaneWidths, in database: StateDatabase) throws {
        try database.setSetting(widthsSetting, to: "\(widths.articles) \(widths.entities)")
    }
}

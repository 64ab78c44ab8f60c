/// The three panes of the reader, in the order Tab visits them.
public enum Pane: Int, CaseIterable, Hashable, Sendable {
    case articles, text, entities

    public var title: String {
        switch self {
        case .articles: return "Articles"
        case .text: return "Text"
        case .entities: return "Entities"
        }
    }

    /// The pane after this one (`step` 1) or before it (`step` -1), wrapping around.
    func cycled(by step: Int) -> Pane {
        let count = Pane.allCases.count
        return Pane(rawValue: ((rawValue + step) % count + count) % count)!
    }
}

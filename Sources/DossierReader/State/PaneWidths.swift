/// The widths of the article list and the entity list, in percent of the screen's width;
/// the text has the rest. `<` and `>` change them, and they are kept between runs.
public struct PaneWidths: Hashable, Sendable {
    public var articles: Int
    public var entities: Int

    public static let standard = PaneWidths(articles: 25, entities: 20)
    /// Each list keeps at least this share, and the text at least `textMinimum`.
    public static let listRange = 10...50
    public static let textMinimum = 30
    /// How far one key moves a border.
    static let step = 2

    public init(articles: Int, entities: Int) {
        self.articles = articles
        self.entities = entities
    }

    /// Widths that leave every pane its least share; nil for values that do not.
    public init?(checking articles: Int, entities: Int) {
        let widths = PaneWidths(articles: articles, entities: entities)
        guard widths.isValid else { return nil }
        self = widths
    }

    var isValid: Bool {
        Self.listRange.contains(articles) && Self.listRange.contains(entities) && 100 - articles - entities >= Self.textMinimum
    }

    /// The widths with the focused pane's border moved `steps` to the right (negative: left).
    /// The article list's border is its right edge, the entity list's its left edge, the
    /// text's its right edge (the one it shares with the entity list).
    func movingBorder(of pane: Pane, by steps: Int) -> PaneWidths {
        var moved = self
        switch pane {
        case .articles: moved.articles += steps * Self.step
        case .text, .entities: moved.entities -= steps * Self.step
        }
        return moved.isValid ? moved : self
    }
}

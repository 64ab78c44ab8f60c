import DossierKit
import DossierReader

/// What the settings file can change, each with its default: the keys, the colours and
/// highlighting of entity kinds, the mouse, the article list's order and the panes' widths.
public struct Settings: Hashable, Sendable {
    /// How the article list is ordered when the reader opens.
    public enum Sort: String, CaseIterable, Hashable, Sendable {
        case date, title, source
    }

    /// The key sequences of every command, by `KeyMap.Command.name`.
    public var keys: [String: [[Key]]]
    /// The colour of each entity kind.
    public var colors: [EntityKind: ColorChoice]
    /// The kinds whose mentions are highlighted in the text.
    public var highlighted: Set<EntityKind>
    public var mouse: Bool
    /// The article list's order when the reader opens. The reader's sorting reads it.
    public var sort: Sort
    /// The side panes' widths when the reader opens, unless `<` and `>` kept others.
    public var paneWidths: PaneWidths

    public static let defaults = Settings(
        keys: Self.keys(of: .defaults),
        colors: Theme.defaultKindColors.mapValues { .palette($0.index) },
        highlighted: Set(EntityKind.allCases),
        mouse: true,
        sort: .source,
        paneWidths: .standard
    )

    /// The keys as the reader uses them.
    public var keyBindings: KeyBindings {
        KeyBindings(overriding: keys)
    }

    /// The styles to draw with: the kinds' colours mapped to the nearest the terminal has,
    /// or no colour at all when `usesColor` is off.
    public func theme(usesColor: Bool, palette: TerminalPalette) -> Theme {
        Theme(usesColor: usesColor, kindColors: colors.mapValues { $0.color(in: palette) }, highlighted: highlighted)
    }

    /// True when the environment asks for no colour: NO_COLOR set and not empty
    /// (no-color.org). Bold, underline and reverse video stay.
    public static func forbidsColor(environment: [String: String]) -> Bool {
        environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    }

    /// Every command's sequences in a set of bindings, by name.
    static func keys(of bindings: KeyBindings) -> [String: [[Key]]] {
        Dictionary(uniqueKeysWithValues: bindings.bindings.map { ($0.command.name, $0.sequences) })
    }
}

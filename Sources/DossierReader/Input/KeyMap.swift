/// Which key does what, after vim and less. The same table feeds the help overlay, so the
/// help always lists every binding.
public enum KeyMap {
    public struct Binding: Sendable {
        public let keys: [Key]
        /// How the keys are written in the help: "j ↓".
        public let label: String
        public let action: Action
        public let help: String
    }

    public static let bindings: [Binding] = [
        Binding(keys: [.character("j"), .down], label: "j ↓", action: .moveDown,
                help: "next article or entity; scroll the text down"),
        Binding(keys: [.character("k"), .up], label: "k ↑", action: .moveUp,
                help: "previous article or entity; scroll the text up"),
        Binding(keys: [.character(" "), .pageDown], label: "space PgDn", action: .pageDown, help: "page down"),
        Binding(keys: [.character("b"), .pageUp], label: "b PgUp", action: .pageUp, help: "page up"),
        Binding(keys: [.character("g"), .home], label: "g Home", action: .top, help: "to the top"),
        Binding(keys: [.character("G"), .end], label: "G End", action: .bottom, help: "to the bottom"),
        Binding(keys: [.tab, .right], label: "Tab →", action: .focusNext, help: "next pane"),
        Binding(keys: [.backTab, .left], label: "S-Tab ←", action: .focusPrevious, help: "previous pane"),
        Binding(keys: [.enter], label: "Enter", action: .activate,
                help: "open the article; select the entity and go to its mention"),
        Binding(keys: [.character("n")], label: "n", action: .nextMention,
                help: "next mention of the selected entity, into the next article"),
        Binding(keys: [.character("N")], label: "N", action: .previousMention,
                help: "previous mention, back into the previous article"),
        Binding(keys: [.character("a")], label: "a", action: .toggleEntityScope,
                help: "entities of this article / of all articles"),
        Binding(keys: [.character("u")], label: "u", action: .toggleRead,
                help: "mark the article read or unread (unread titles are bold)"),
        Binding(keys: [.character("s")], label: "s", action: .toggleStar, help: "star the article, or take its star away"),
        Binding(keys: [.character("R")], label: "R", action: .rescan,
                help: "scan the paths again: new, changed and deleted files"),
        Binding(keys: [.character("!")], label: "!", action: .toggleProblems,
                help: "the files and records that could not be read, and why"),
        Binding(keys: [.character("?")], label: "?", action: .toggleHelp, help: "this help"),
        Binding(keys: [.escape], label: "Esc", action: .dismiss, help: "close the help; clear the selected entity"),
        Binding(keys: [.character("q"), .control("c")], label: "q Ctrl-C", action: .quit, help: "quit"),
    ]

    /// The action of a key, or nil for a key that does nothing. While the help or the
    /// problems show, q closes them (as in less); Ctrl-C still quits.
    public static func action(for key: Key, overlayShown: Bool) -> Action? {
        if overlayShown, key == .character("q") { return .dismiss }
        return bindings.first { $0.keys.contains(key) }?.action
    }
}

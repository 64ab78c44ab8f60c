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
        Binding(keys: [.character(" "), .pageDown, .control("f")], label: "space PgDn ^F", action: .pageDown, help: "page down"),
        Binding(keys: [.character("b"), .pageUp, .control("b")], label: "b PgUp ^B", action: .pageUp, help: "page up"),
        Binding(keys: [.character("g"), .home], label: "g Home", action: .top, help: "to the top"),
        Binding(keys: [.character("G"), .end], label: "G End", action: .bottom,
                help: "to the bottom; after a count (175G), to article 175"),
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
    ] + findingAndMoving

    // MARK: Finding and moving
    /// The keys of search, the views that follow an entity, filters, sorting, jumps and
    /// layout, kept together.
    static let findingAndMoving: [Binding] = [
        Binding(keys: [.character("/")], label: "/", action: .startSearch,
                help: "search all articles; in the entity list, filter names"),
        Binding(keys: [.character("F")], label: "F", action: .showSearchResults,
                help: "the search's articles, ranked; Enter opens at the hit"),
        Binding(keys: [.character("]")], label: "]", action: .nextTargetArticle,
                help: "next article with the target (mentions or search hits)"),
        Binding(keys: [.character("[")], label: "[", action: .previousTargetArticle, help: "previous article with the target"),
        Binding(keys: [.character("m")], label: "m", action: .showMentions,
                help: "the entity's mentions in context; Enter goes there"),
        Binding(keys: [.character("r")], label: "r", action: .showRelated,
                help: "people and countries in the entity's paragraphs"),
        Binding(keys: [.character("f")], label: "f", action: .filterByEntity,
                help: "only the articles mentioning the entity; f again: all"),
        Binding(keys: [.character("S")], label: "S", action: .filterStarred, help: "list only starred articles; S again lists all"),
        Binding(keys: [.character("U")], label: "U", action: .filterUnread, help: "list only unread articles; U again lists all"),
        Binding(keys: [.character("o")], label: "o", action: .cycleSort, help: "sort the articles by source, date or title"),
        Binding(keys: [.character(":")], label: ":N", action: .startGoTo, help: "go to article N"),
        Binding(keys: (0...9).map { .character(Character(String($0))) }, label: "0-9", action: .countDigit(0),
                help: "a count for the next key: 175G goes to article 175"),
        Binding(keys: [.character("h")], label: "h", action: .focusLeft, help: "the pane to the left"),
        Binding(keys: [.character("l")], label: "l", action: .focusRight, help: "the pane to the right"),
        Binding(keys: [.control("d")], label: "^D", action: .halfPageDown, help: "half a page down"),
        Binding(keys: [.control("u")], label: "^U", action: .halfPageUp, help: "half a page up"),
        Binding(keys: [.character("z")], label: "z", action: .toggleZoom, help: "the text alone, full width, and back"),
        Binding(keys: [.character("<")], label: "<", action: .moveBorderLeft, help: "move the focused pane's border left (kept)"),
        Binding(keys: [.character(">")], label: ">", action: .moveBorderRight, help: "move the focused pane's border right (kept)"),
        Binding(keys: [.control("l")], label: "^L", action: .redraw, help: "paint the screen again"),
    ]

    /// The action of a key, or nil for a key that does nothing. While the help or the
    /// problems show, q closes them (as in less); Ctrl-C still quits.
    public static func action(for key: Key, overlayShown: Bool) -> Action? {
        if overlayShown, key == .character("q") { return .dismiss }
        // A digit is its own count.
        if case .character(let character) = key, let digit = character.wholeNumberValue, character.isASCII {
            return .countDigit(digit)
        }
        return bindings.first { $0.keys.contains(key) }?.action
    }
}

/// Every action a key can do, with its name in the settings file, its default keys (after vim
/// and less) and its line in the help. The settings override the keys by name
/// (`KeyBindings`); the help lists the keys as configured.
public enum KeyMap {
    public struct Command: Sendable {
        /// A stable lowercase name, for the settings file: "next-mention".
        public let name: String
        public let action: Action
        /// The default key sequences, in `KeyNotation`: "j", "<Down>", "gg".
        public let defaultKeys: [String]
        public let help: String

        init(_ name: String, _ action: Action, _ defaultKeys: [String], _ help: String) {
            self.name = name
            self.action = action
            self.defaultKeys = defaultKeys
            self.help = help
        }
    }

    /// The table, in the help's order. A new action is one line here.
    public static let commands: [Command] = [
        Command("move-down", .moveDown, ["j", "<Down>"], "next article or entity; scroll the text down"),
        Command("move-up", .moveUp, ["k", "<Up>"], "previous article or entity; scroll the text up"),
        Command("page-down", .pageDown, ["<Space>", "<PageDown>", "<C-f>"], "page down"),
        Command("page-up", .pageUp, ["b", "<PageUp>", "<C-b>"], "page up"),
        Command("top", .top, ["g", "<Home>"], "to the top"),
        Command("bottom", .bottom, ["G", "<End>"], "to the bottom; after a count (175G), to article 175"),
        Command("next-pane", .focusNext, ["<Tab>", "<Right>"], "next pane"),
        Command("previous-pane", .focusPrevious, ["<S-Tab>", "<Left>"], "previous pane"),
        Command("open", .activate, ["<Enter>"], "open the article; select the entity and go to its mention"),
        Command("next-mention", .nextMention, ["n"], "next mention of the selected entity, into the next article"),
        Command("previous-mention", .previousMention, ["N"], "previous mention, back into the previous article"),
        Command("entity-scope", .toggleEntityScope, ["a"], "entities of this article / of all articles"),
        Command("toggle-read", .toggleRead, ["u"], "mark the article read or unread (unread titles are bold)"),
        Command("toggle-star", .toggleStar, ["s"], "star the article, or take its star away"),
        Command("rescan", .rescan, ["R"], "scan the paths again: new, changed and deleted files"),
        Command("problems", .toggleProblems, ["!"], "the files and records that could not be read, and why"),
        Command("help", .toggleHelp, ["?"], "this help"),
        Command("dismiss", .dismiss, ["<Esc>"], "close the help; clear the selected entity"),
        Command("quit", .quit, ["q", "<C-c>"], "quit"),
        // Finding and moving.
        Command("search", .startSearch, ["/"], "search all articles; in the entity list, filter names"),
        Command("search-results", .showSearchResults, ["F"], "the search's articles, ranked; Enter opens at the hit"),
        Command("next-target-article", .nextTargetArticle, ["]"], "next article with the target (mentions or search hits)"),
        Command("previous-target-article", .previousTargetArticle, ["["], "previous article with the target"),
        Command("open-mentions", .showMentions, ["m"], "the entity's mentions in context; Enter goes there"),
        Command("related", .showRelated, ["r"], "people and countries in the entity's paragraphs"),
        Command("filter-entity", .filterByEntity, ["f"], "only the articles mentioning the entity; f again: all"),
        Command("filter-starred", .filterStarred, ["S"], "list only starred articles; S again lists all"),
        Command("filter-unread", .filterUnread, ["U"], "list only unread articles; U again lists all"),
        Command("sort", .cycleSort, ["o"], "sort the articles by source, date or title"),
        Command("go-to", .startGoTo, [":"], "go to article N"),
        Command("pane-left", .focusLeft, ["h"], "the pane to the left"),
        Command("pane-right", .focusRight, ["l"], "the pane to the right"),
        Command("half-page-down", .halfPageDown, ["<C-d>"], "half a page down"),
        Command("half-page-up", .halfPageUp, ["<C-u>"], "half a page up"),
        Command("zoom", .toggleZoom, ["z"], "the text alone, full width, and back"),
        Command("border-left", .moveBorderLeft, ["<lt>"], "move the focused pane's border left (kept)"),
        Command("border-right", .moveBorderRight, [">"], "move the focused pane's border right (kept)"),
        Command("redraw", .redraw, ["<C-l>"], "paint the screen again"),
    ]

    /// The command of a settings name, if there is one.
    public static func command(named name: String) -> Command? {
        commands.first { $0.name == name }
    }
}

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
        Command("page-down", .pageDown, ["<Space>", "<PageDown>"], "page down"),
        Command("page-up", .pageUp, ["b", "<PageUp>"], "page up"),
        Command("top", .top, ["g", "<Home>"], "to the top"),
        Command("bottom", .bottom, ["G", "<End>"], "to the bottom"),
        Command("next-pane", .focusNext, ["<Tab>", "<Right>"], "next pane"),
        Command("previous-pane", .focusPrevious, ["<S-Tab>", "<Left>"], "previous pane"),
        Command("open", .activate, ["<Enter>"], "open the article; select the entity and go to its mention"),
        Command("next-mention", .nextMention, ["n"], "next mention of the selected entity, into the next article"),
        Command("previous-mention", .previousMention, ["N"], "previous mention, back into the previous article"),
        Command("open-mentions", .openMentions, ["m"], "every mention of the selected entity, in context"),
        Command("entity-scope", .toggleEntityScope, ["a"], "entities of this article / of all articles"),
        Command("toggle-read", .toggleRead, ["u"], "mark the article read or unread (unread titles are bold)"),
        Command("toggle-star", .toggleStar, ["s"], "star the article, or take its star away"),
        Command("rescan", .rescan, ["R"], "scan the paths again: new, changed and deleted files"),
        Command("problems", .toggleProblems, ["!"], "the files and records that could not be read, and why"),
        Command("help", .toggleHelp, ["?"], "this help"),
        Command("dismiss", .dismiss, ["<Esc>"], "close the help; clear the selected entity"),
        Command("quit", .quit, ["q", "<C-c>"], "quit"),
    ]

    /// The command of a settings name, if there is one.
    public static func command(named name: String) -> Command? {
        commands.first { $0.name == name }
    }
}

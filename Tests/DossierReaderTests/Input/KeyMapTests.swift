import Testing
@testable import DossierReader

@Suite struct KeyMapTests {
    /// The actions a list of keys gives, typed one after another.
    static func actions(_ keys: [Key], bindings: KeyBindings = .defaults, overlayShown: Bool = false) -> [Action] {
        var matcher = KeySequenceMatcher(bindings: bindings)
        return keys.flatMap { matcher.feed($0, overlayShown: overlayShown) }
    }

    @Test func vimAndLessKeysMapToActions() {
        let expected: [(Key, Action)] = [
            (.character("j"), .moveDown), (.down, .moveDown), (.character("k"), .moveUp), (.up, .moveUp),
            (.character(" "), .pageDown), (.pageDown, .pageDown), (.character("b"), .pageUp), (.pageUp, .pageUp),
            (.character("g"), .top), (.character("G"), .bottom), (.tab, .focusNext), (.backTab, .focusPrevious),
            (.enter, .activate), (.character("n"), .nextMention), (.character("N"), .previousMention),
            (.character("?"), .toggleHelp), (.escape, .dismiss), (.character("q"), .quit), (.control("c"), .quit),
            (.character("a"), .toggleEntityScope), (.character("m"), .showMentions),
        ]
        for (key, action) in expected {
            #expect(Self.actions([key]) == [action], "\(key)")
        }
        #expect(Self.actions([.character("x")]).isEmpty)
    }

    @Test func findingAndMovingKeysMapToActions() {
        let expected: [(Key, Action)] = [
            (.character("/"), .startSearch), (.character("F"), .showSearchResults), (.character("]"), .nextTargetArticle),
            (.character("["), .previousTargetArticle), (.character("m"), .showMentions), (.character("r"), .showRelated),
            (.character("f"), .filterByEntity), (.character("S"), .filterStarred), (.character("U"), .filterUnread),
            (.character("o"), .cycleSort), (.character(":"), .startGoTo), (.character("h"), .focusLeft),
            (.character("l"), .focusRight), (.control("d"), .halfPageDown), (.control("u"), .halfPageUp),
            (.control("f"), .pageDown), (.control("b"), .pageUp), (.control("l"), .redraw), (.character("z"), .toggleZoom),
            (.character("<"), .moveBorderLeft), (.character(">"), .moveBorderRight),
        ]
        for (key, action) in expected {
            #expect(Self.actions([key]) == [action], "\(key)")
        }
    }

    @Test func unboundDigitsAreACountForTheNextCommand() {
        #expect(Self.actions([.character("1"), .character("7"), .character("5"), .character("G")])
            == [.countDigit(1), .countDigit(7), .countDigit(5), .bottom])
        #expect(Self.actions([.character("0")]) == [.countDigit(0)])
        // A digit given a command of its own is that command.
        let bound = KeyBindings(overriding: ["quit": [[.character("9")]]])
        #expect(Self.actions([.character("9")], bindings: bound) == [.quit])
    }

    @Test func qClosesTheHelpButCtrlCStillQuits() {
        #expect(Self.actions([.character("q")], overlayShown: true) == [.dismiss])
        #expect(Self.actions([.control("c")], overlayShown: true) == [.quit])
    }

    @Test func everyCommandHasAStableNameAndDefaultKeysThatParse() {
        let names = KeyMap.commands.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(Set(KeyMap.commands.map(\.action)).count == names.count)
        for command in KeyMap.commands {
            #expect(command.name.allSatisfy { $0.isLowercase || $0 == "-" }, "\(command.name)")
            #expect(!command.defaultKeys.isEmpty, "\(command.name)")
            for keys in command.defaultKeys {
                #expect((try? KeyNotation.sequence(keys)) != nil, "\(command.name): \(keys)")
            }
            #expect(KeyMap.command(named: command.name)?.action == command.action)
        }
        #expect(KeyMap.command(named: "move-down")?.action == .moveDown)
        #expect(KeyMap.command(named: "next-mention")?.action == .nextMention)
    }

    @Test func helpListsEveryCommandWithItsKeys() {
        let helpText = HelpOverlay.lines(.defaults).map { $0.map(\.text).joined() }
        for binding in KeyBindings.defaults.bindings {
            #expect(helpText.contains { $0.hasPrefix(binding.label + " ") && $0.contains(binding.command.help) }, "\(binding.label)")
        }
        #expect(helpText.contains { $0.hasPrefix("j ↓ ") })
        #expect(helpText.contains { $0.hasPrefix("q Ctrl-C ") })
        #expect(helpText.contains { $0.hasPrefix("Space PgDn ") })
    }

    @Test func overridesReplaceACommandsKeysAndTakeThemFromTheOthers() {
        let bindings = KeyBindings(overriding: ["next-mention": [[.character("j")]], "top": [[.character("g"), .character("g")]]])
        #expect(Self.actions([.character("j")], bindings: bindings) == [.nextMention])
        #expect(Self.actions([.down], bindings: bindings) == [.moveDown])
        #expect(Self.actions([.character("n")], bindings: bindings).isEmpty)
        #expect(bindings.binding(of: .moveDown)?.label == "↓")
        #expect(bindings.binding(of: .top)?.label == "gg")
        #expect(bindings.firstLabel(of: .nextMention) == "j")
        let unbound = KeyBindings(overriding: ["rescan": []])
        #expect(Self.actions([.character("R")], bindings: unbound).isEmpty)
        #expect(HelpOverlay.lines(unbound).contains { $0.map(\.text).joined().hasPrefix("(none)") })
    }

    @Test func theHelpAndTheHintsNameTheConfiguredKeys() {
        let bindings = KeyBindings(overriding: ["help": [[.character("h")]], "quit": [[.character("x")]]])
        let helpText = HelpOverlay.lines(bindings).map { $0.map(\.text).joined() }
        #expect(helpText.contains { $0.hasPrefix("h ") && $0.contains("this help") })
        #expect(helpText.contains("Esc, h, x closes this help."))
        #expect(StatusLine.hints(bindings).last == "h help")
        #expect(StatusLine.hints(bindings).first == "Tab pane · Enter open · / search · n/N next · h help · x quit")
        #expect(StatusLine.hints(.defaults).first == "Tab pane · Enter open · / search · n/N next · ? help · q quit")
    }
}

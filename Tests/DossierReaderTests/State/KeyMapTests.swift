import Testing
@testable import DossierReader

@Suite struct KeyMapTests {
    @Test func vimAndLessKeysMapToActions() {
        let expected: [(Key, Action)] = [
            (.character("j"), .moveDown), (.down, .moveDown), (.character("k"), .moveUp), (.up, .moveUp),
            (.character(" "), .pageDown), (.pageDown, .pageDown), (.character("b"), .pageUp), (.pageUp, .pageUp),
            (.character("g"), .top), (.character("G"), .bottom), (.tab, .focusNext), (.backTab, .focusPrevious),
            (.enter, .activate), (.character("n"), .nextMention), (.character("N"), .previousMention),
            (.character("?"), .toggleHelp), (.escape, .dismiss), (.character("q"), .quit), (.control("c"), .quit),
            (.character("a"), .toggleEntityScope),
        ]
        for (key, action) in expected {
            #expect(KeyMap.action(for: key, overlayShown: false) == action, "\(key)")
        }
        #expect(KeyMap.action(for: .character("x"), overlayShown: false) == nil)
    }

    @Test func findingAndMovingKeysMapToActions() {
        let expected: [(Key, Action)] = [
            (.character("/"), .startSearch), (.character("F"), .showSearchResults), (.character("]"), .nextTargetArticle),
            (.character("["), .previousTargetArticle), (.character("m"), .showMentions), (.character("r"), .showRelated),
            (.character("f"), .filterByEntity), (.character("S"), .filterStarred), (.character("U"), .filterUnread),
            (.character("o"), .cycleSort), (.character(":"), .startGoTo), (.character("1"), .countDigit(1)),
            (.character("7"), .countDigit(7)), (.character("0"), .countDigit(0)), (.character("h"), .focusLeft),
            (.character("l"), .focusRight), (.control("d"), .halfPageDown), (.control("u"), .halfPageUp),
            (.control("f"), .pageDown), (.control("b"), .pageUp), (.control("l"), .redraw), (.character("z"), .toggleZoom),
            (.character("<"), .moveBorderLeft), (.character(">"), .moveBorderRight),
        ]
        for (key, action) in expected {
            #expect(KeyMap.action(for: key, overlayShown: false) == action, "\(key)")
        }
    }

    @Test func qClosesTheHelpButCtrlCStillQuits() {
        #expect(KeyMap.action(for: .character("q"), overlayShown: true) == .dismiss)
        #expect(KeyMap.action(for: .control("c"), overlayShown: true) == .quit)
    }

    @Test func everyActionHasAKeyInTheHelp() {
        let bound = Set(KeyMap.bindings.map(\.action))
        let actions: [Action] = [.moveDown, .moveUp, .pageDown, .pageUp, .top, .bottom, .focusNext, .focusPrevious,
                                 .activate, .nextMention, .previousMention, .toggleEntityScope, .toggleRead, .toggleStar, .rescan, .toggleProblems, .toggleHelp, .dismiss, .quit,
                                 .nextTargetArticle, .previousTargetArticle, .startSearch, .showSearchResults, .showMentions,
                                 .showRelated, .filterByEntity, .filterStarred, .filterUnread, .cycleSort, .countDigit(0), .startGoTo,
                                 .focusLeft, .focusRight, .halfPageDown, .halfPageUp, .redraw, .toggleZoom, .moveBorderLeft,
                                 .moveBorderRight]
        #expect(bound == Set(actions))
        let helpText = HelpOverlay.lines.map { $0.map(\.text).joined() }
        for binding in KeyMap.bindings {
            #expect(helpText.contains { $0.hasPrefix(binding.label) && $0.contains(binding.help) }, "\(binding.label)")
        }
    }
}

import Testing
@testable import DossierReader

@Suite struct KeySequenceMatcherTests {
    let g = Key.character("g"), j = Key.character("j"), x = Key.character("x")

    func matcher(_ overrides: [String: [String]]) throws -> KeySequenceMatcher {
        KeySequenceMatcher(bindings: KeyBindings(overriding: try overrides.mapValues { try $0.map { try KeyNotation.sequence($0) } }))
    }

    @Test func aSequenceWaitsForItsLastKey() throws {
        var keys = try matcher(["top": ["gg"]])
        #expect(keys.feed(g, overlayShown: false).isEmpty)
        #expect(keys.pending == [g])
        #expect(!keys.isWaitingForTimeout) // "g" alone does nothing: it waits as long as it takes
        #expect(keys.feed(g, overlayShown: false) == [.top])
        #expect(keys.pending.isEmpty)
    }

    @Test func aKeyThatContinuesNoSequenceIsTakenAfresh() throws {
        var keys = try matcher(["top": ["gg"]])
        _ = keys.feed(g, overlayShown: false)
        #expect(keys.feed(j, overlayShown: false) == [.moveDown])
        #expect(keys.pending.isEmpty)
        _ = keys.feed(g, overlayShown: false)
        #expect(keys.feed(x, overlayShown: false).isEmpty)
        #expect(keys.pending.isEmpty)
    }

    @Test func escapeCancelsAWaitWithoutDismissing() throws {
        var keys = try matcher(["top": ["gg"]])
        _ = keys.feed(g, overlayShown: false)
        #expect(keys.feed(.escape, overlayShown: false).isEmpty)
        #expect(keys.pending.isEmpty)
        #expect(keys.feed(.escape, overlayShown: false) == [.dismiss])
    }

    @Test func aWholeSequenceThatStartsALongerOneWaitsForTheTimeout() throws {
        var keys = try matcher(["top": ["g"], "bottom": ["gG"]])
        #expect(keys.feed(g, overlayShown: false).isEmpty)
        #expect(keys.isWaitingForTimeout)
        #expect(keys.flush(overlayShown: false) == [.top])
        #expect(keys.pending.isEmpty)
        _ = keys.feed(g, overlayShown: false)
        #expect(keys.feed(.character("G"), overlayShown: false) == [.bottom])
        // Another key ends the wait: the shorter sequence runs, then the key.
        _ = keys.feed(g, overlayShown: false)
        #expect(keys.feed(j, overlayShown: false) == [.top, .moveDown])
    }

    @Test func specialKeysAndControlKeysMakeSequences() throws {
        var keys = try matcher(["bottom": ["<C-w>j"], "page-down": ["<C-d>"], "top": ["g<Home>"]])
        #expect(keys.feed(.control("w"), overlayShown: false).isEmpty)
        #expect(keys.feed(j, overlayShown: false) == [.bottom])
        #expect(keys.feed(.control("d"), overlayShown: false) == [.pageDown])
        #expect(keys.feed(g, overlayShown: false).isEmpty)
        #expect(keys.feed(.home, overlayShown: false) == [.top])
    }

    @Test func aQuitSequenceClosesAnOverlay() throws {
        var keys = try matcher(["quit": ["ZZ", "<C-c>"]])
        _ = keys.feed(.character("Z"), overlayShown: true)
        #expect(keys.feed(.character("Z"), overlayShown: true) == [.dismiss])
        #expect(keys.feed(.control("c"), overlayShown: true) == [.quit])
        _ = keys.feed(.character("Z"), overlayShown: false)
        #expect(keys.feed(.character("Z"), overlayShown: false) == [.quit])
    }
}

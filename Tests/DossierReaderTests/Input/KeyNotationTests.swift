import Testing
@testable import DossierReader

@Suite struct KeyNotationTests {
    @Test func readsCharactersAndNamedKeys() throws {
        #expect(try KeyNotation.sequence("gg") == [.character("g"), .character("g")])
        #expect(try KeyNotation.sequence("<C-d>") == [.control("d")])
        #expect(try KeyNotation.sequence("<c-D>") == [.control("d")])
        #expect(try KeyNotation.sequence("<Space>") == [.character(" ")])
        #expect(try KeyNotation.sequence("<pgdn><PageUp>") == [.pageDown, .pageUp])
        #expect(try KeyNotation.sequence("<S-Tab>") == [.backTab])
        #expect(try KeyNotation.sequence("<CR>") == [.enter])
        #expect(try KeyNotation.sequence("<lt>") == [.character("<")])
        #expect(try KeyNotation.sequence("g<Home>") == [.character("g"), .home])
        #expect(try KeyNotation.sequence(">") == [.character(">")])
        #expect(try KeyNotation.sequence("é") == [.character("é")])
    }

    @Test func reportsWhatItCannotRead() {
        #expect(throws: KeyNotation.Problem.empty) { try KeyNotation.sequence("") }
        #expect(throws: KeyNotation.Problem.unknownName("Foo")) { try KeyNotation.sequence("<Foo>") }
        #expect(throws: KeyNotation.Problem.unknownName("C-1")) { try KeyNotation.sequence("<C-1>") }
        #expect(throws: KeyNotation.Problem.unclosedName("<C-d")) { try KeyNotation.sequence("<C-d") }
        #expect("\(KeyNotation.Problem.unknownName("Foo"))" == "unknown key name <Foo>")
    }

    @Test func writesWhatItReads() throws {
        let sequences: [[Key]] = [
            [.character("j")], [.down], [.character(" ")], [.character("<")], [.control("c")], [.backTab],
            [.character("g"), .character("g")], [.character("g"), .home], [.escape], [.enter], [.end], [.character("\"")],
        ]
        for keys in sequences {
            #expect(try KeyNotation.sequence(KeyNotation.written(keys)) == keys, "\(keys)")
        }
        #expect(KeyNotation.written([.control("d")]) == "<C-d>")
        #expect(KeyNotation.label([.control("d")]) == "Ctrl-D")
        #expect(KeyNotation.label([.pageDown]) == "PgDn")
        #expect(KeyNotation.label([.character("g"), .character("g")]) == "gg")
    }
}

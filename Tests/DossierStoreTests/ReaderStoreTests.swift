import DossierKit
import DossierReader
import Foundation
import GRDB
import Testing
@testable import DossierStore

/// What the reader's finding keys ask of the store: the second schema of the state database
/// (pane widths, search history), full-text search through `ArticleSource`, and paragraph
/// numbers in a kept linking.
@Suite struct ReaderStoreTests {
    @Test func aStateDatabaseOfTheFirstSchemaIsMigratedAndKeepsItsReadMarks() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let path = fixture.location.statePath
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        // A file as the first schema made it, with a read mark and a star.
        do {
            let queue = try DatabaseQueue(path: path)
            try StateDatabase.migrator.migrate(queue, upTo: "v1")
            try queue.write { db in
                try db.execute(sql: "INSERT INTO article_state(key, read, starred, changed) VALUES ('a.txt', 1, 0, 1), ('b.txt', 1, 1, 1)")
                #expect(try db.tableExists("article_state"))
                #expect(try !db.tableExists("reader_setting"))
            }
        }
        let state = try StateDatabase(path: path)
        #expect(try state.readingState() == ReadingState(read: ["a.txt", "b.txt"], starred: ["b.txt"]))
        #expect(try state.setting("pane_widths") == nil)
        try state.setSetting("pane_widths", to: "30 18")
        #expect(try state.setting("pane_widths") == "30 18")
        try state.addSearch("sanctions")
        try state.addSearch("Minsk")
        try state.addSearch("sanctions")
        #expect(try state.searchHistory() == ["Minsk", "sanctions"])
        let applied = try state.pool.read { try StateDatabase.migrator.appliedIdentifiers($0) }
        #expect(applied == ["v1", "v2"])
    }

    @Test func searchHistoryKeepsTheNewestHundred() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        try FileManager.default.createDirectory(atPath: fixture.location.dataFolder, withIntermediateDirectories: true)
        let state = try StateDatabase(path: fixture.location.statePath)
        for number in 1...105 { try state.addSearch("word\(number)") }
        let history = try state.searchHistory()
        #expect(history.count == 100)
        #expect(history.first == "word6" && history.last == "word105")
    }

    @Test func theReaderSearchesAStoredCorpusThroughItsFullTextIndex() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let corpus = try fixture.processAll().corpus
        // Words and the starts of words; nothing for a word no article has.
        let lithium = try #require(corpus.articlesContaining(words: "lithium", limit: 10))
        #expect(lithium.map { corpus.summary(at: $0).title } == ["Chile, Bolivia and Argentina open talks on lithium prices"])
        #expect(corpus.articlesContaining(words: "lithi", limit: 10) == lithium)
        #expect(corpus.articlesContaining(words: "zeppelin", limit: 10) == [])

        let results = SearchResults.find(SearchPattern("said"), in: corpus, openArticle: 0)
        #expect(results.articles.count == 4)
        #expect(results.hitCount == 6)
        // Smart case: a capital makes case count.
        #expect(SearchResults.find(SearchPattern("Said"), in: corpus, openArticle: 0).isEmpty)
    }

    @Test func aKeptLinkingKeepsParagraphNumbers() throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let first = try fixture.processAll().corpus
        #expect(first.index.mentionParagraphs.count == first.index.mentionCount)
        #expect(first.index.mentionCount > 0)
        let again = try fixture.processAll().corpus
        #expect(again.index.mentionParagraphs == first.index.mentionParagraphs)
        let decoded = try IndexCodec.decode(IndexCodec.encode(first.index))
        #expect(decoded.mentionParagraphs == first.index.mentionParagraphs)
    }
}

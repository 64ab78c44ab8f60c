import DossierKit
import Foundation
import Testing
@testable import DossierStore

/// The layout blob of a stored article (`RecordCodec.layout`): its ranges and the fields that
/// follow them, the page's address among them, read back the same; older blobs and fields a
/// later version adds are read without failing.
@Suite struct RecordLayoutTests {
    let article = Article(draft: ArticleDraft(source: "a.html", title: "Council budget", subtitle: "Back to committee",
                                              url: "https://example.org/news/council-budget?id=4",
                                              body: [.init(.paragraph, "The council met."), .init(.heading, "Next"), .init(.listItem, "A vote.")]))

    func decode(_ bytes: [UInt8], textLength: Int? = nil) throws -> RecordCodec.Layout {
        try bytes.withUnsafeBytes { try RecordCodec.layout($0, textLength: textLength ?? article.text.utf8.count) }
    }

    @Test func theAddressRoundTripsWithTheRanges() throws {
        let layout = try decode(RecordCodec.layout(of: article))
        #expect(layout.url == "https://example.org/news/council-budget?id=4")
        #expect(layout.titleRange == article.titleRange)
        #expect(layout.subtitleRange == article.subtitleRange)
        #expect(layout.blocks == article.blocks)
        let bare = Article(draft: ArticleDraft(source: "b.txt", title: "Council budget", body: [.init(.paragraph, "The council met.")]))
        let bareLayout = try RecordCodec.layout(of: bare).withUnsafeBytes { try RecordCodec.layout($0, textLength: bare.text.utf8.count) }
        #expect(bareLayout.url == nil)
        #expect(bareLayout.blocks == bare.blocks)
    }

    @Test func aBlobWrittenBeforeTheAddressReadsWithoutOne() throws {
        let withAddress = RecordCodec.layout(of: article)
        var writer = PackedWriter()
        writer.write(RecordCodec.Field.url.rawValue)
        writer.write(article.url!)
        let older = Array(withAddress.dropLast(writer.bytes.count))
        let layout = try decode(older)
        #expect(layout.url == nil)
        #expect(layout.blocks == article.blocks)
    }

    @Test func fieldsOfALaterVersionAreSkippedAndDamageIsReported() throws {
        var later = PackedWriter()
        later.write(UInt64(9))
        later.write("a field this version does not know")
        let layout = try decode(RecordCodec.layout(of: article) + later.bytes)
        #expect(layout.url == article.url)
        // A field cut short is damage, not a trap.
        let cut = Array(RecordCodec.layout(of: article).dropLast(3))
        #expect(throws: PackedReader.Damaged.self) { try decode(cut) }
        // An address that is not one, written into the file by something else, is not shown.
        var forged = PackedWriter()
        forged.write(RecordCodec.Field.url.rawValue)
        forged.write("javascript:alert(1)")
        let bare = Article(draft: ArticleDraft(source: "b.txt", title: "Council budget", body: [.init(.paragraph, "The council met.")]))
        let forgedLayout = try (RecordCodec.layout(of: bare) + forged.bytes).withUnsafeBytes {
            try RecordCodec.layout($0, textLength: bare.text.utf8.count)
        }
        #expect(forgedLayout.url == nil)
    }

    @Test func aStoredRecordKeepsItsAddressThroughTheCache() throws {
        let page = """
            <html><head><link rel="canonical" href="https://example.org/news/dam"></head><body><article>
            <h1>Kenya opens a dam on the Tana</h1><p>NAIROBI — Kenya opened a dam on the Tana river on Monday, Energy Minister Amina Wanjiru said. Wanjiru said it would power a million homes.</p>
            </article></body></html>
            """
        let fixture = try StoreFixture(files: StoreFixture.stories.merging(["dam.html": page]) { $1 })
        defer { fixture.remove() }
        let done = try fixture.processAll()
        let position = try #require(done.corpus.summaries.firstIndex { $0.source.hasSuffix("dam.html") })
        let path = fixture.articles.appendingPathComponent("dam.html").path
        let stored = try #require(done.corpus.record(at: position, identity: SourceIdentity(path: path, size: 1, modified: 2)))
        #expect(stored.article.url == "https://example.org/news/dam")
        // A second session reads it from the cache alone.
        let again = try fixture.session()
        let opened = try again.open()
        let reopened = try #require(opened.corpus.summaries.firstIndex { $0.source.hasSuffix("dam.html") })
        #expect(opened.corpus.article(at: reopened)?.article.url == "https://example.org/news/dam")
        #expect(again.pendingFileCount == 0)
    }
}

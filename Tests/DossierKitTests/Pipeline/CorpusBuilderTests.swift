import Foundation
import Testing
@testable import DossierKit

@Suite struct CorpusBuilderTests {
    static func folder(_ files: [String: [UInt8]]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-kit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, bytes) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return folder
    }

    static let story = "Minsk and Moscow signed a new accord on Tuesday, officials in both capitals said in a statement."

    @Test func oneBadFileOrRecordLosesNothingElse() throws {
        let folder = try Self.folder([
            "good.txt": Array(Self.story.utf8),
            "nested/broken.html.gz": Array("not gzip at all".utf8),
            "feed.jsonl": Array("{\"title\": \"A record\", \"text\": \"\(Self.story)\"}\nnot json\n{\"id\": 3}\n".utf8),
            "notes.pdf": [0x25, 0x50, 0x44, 0x46],
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let reading = try CorpusBuilder.read([folder.path, folder.path + "/missing.txt"])
        #expect(reading.articles.count == 2)
        #expect(reading.articles.contains { $0.title == "A record" })
        #expect(reading.articles.contains { $0.bodyText == Self.story })
        let messages = reading.problems.map(\.description)
        #expect(messages.count == 4)
        #expect(messages.contains { $0.contains("broken.html.gz") && $0.contains("gzip") })
        #expect(messages.contains { $0.hasSuffix("feed.jsonl:2: not a JSON object") })
        #expect(messages.contains { $0.hasSuffix("feed.jsonl:3: no text or html field") })
        #expect(messages.contains { $0 == "no such file or folder: \(folder.path)/missing.txt" })
        #expect(messages.allSatisfy { !$0.contains("\n") })
    }

    @Test func nothingReadableIsAnError() throws {
        let folder = try Self.folder(["image.png": [0x89, 0x50], "sub/.hidden.txt": Array("x".utf8)])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: DossierError.nothingReadable(folder.path)) { try CorpusBuilder.read([folder.path]) }
        #expect(throws: DossierError.missingPath("/no/such/path")) { try CorpusBuilder.read(["/no/such/path"]) }
    }

    @Test func foldersAreReadRecursivelyInPathOrderAndGzipIsUndone() throws {
        let folder = try Self.folder([
            "b/2.txt": Array("Second story of the folder, with enough words in it to stand as one.".utf8),
            "a/1.txt": Array(Self.story.utf8),
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = [folder.appendingPathComponent("b/2.txt").path]
        try gzip.run()
        gzip.waitUntilExit()
        #expect(gzip.terminationStatus == 0)
        let reading = try CorpusBuilder.read([folder.path])
        #expect(reading.problems.isEmpty)
        #expect(reading.articles.map { ($0.source as NSString).lastPathComponent } == ["1.txt", "2.txt.gz"])
        #expect(reading.articles[1].bodyText.hasPrefix("Second story"))
    }

    @Test func progressReachesTheTotalOfEachStage() throws {
        let folder = try Self.folder(Dictionary(uniqueKeysWithValues: (0..<5).map { ("\($0).txt", Array(Self.story.utf8)) }))
        defer { try? FileManager.default.removeItem(at: folder) }
        let seen = ProgressLog()
        let builder = CorpusBuilder(recognizer: try EntityRecognizer.shipped())
        let (corpus, problems) = try builder.corpus(from: [folder.path], progress: seen.record)
        #expect(problems.isEmpty)
        #expect(corpus.articles.count == 5)
        #expect(seen.last(of: .cleaning) == 5)
        #expect(seen.last(of: .recognizing) == 5)
    }
}

/// Collects progress reports from every thread.
private final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [CorpusBuilder.Progress] = []

    var record: CorpusBuilder.ProgressHandler {
        { progress in
            self.lock.lock()
            self.reports.append(progress)
            self.lock.unlock()
        }
    }

    func last(of stage: CorpusBuilder.Progress.Stage) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        return reports.filter { $0.stage == stage }.map(\.done).max()
    }
}

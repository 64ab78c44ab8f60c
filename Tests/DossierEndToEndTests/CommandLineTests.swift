import Foundation
import Testing

/// The scriptable commands, run as a user runs them: the built binary, no terminal.
@Suite(.enabled(if: ReaderRun.binary != nil, "needs the built dossier binary"))
struct CommandLineTests {
    /// Runs `dossier` with its cache and reading state under `home`, or under a folder of
    /// its own that is removed after the run.
    static func dossier(_ arguments: [String], home: URL? = nil, input: String = "/dev/null") throws -> ToolRun.Result {
        let folder = try home ?? ReaderRun.temporaryFolder()
        defer { if home == nil { try? FileManager.default.removeItem(at: folder) } }
        return try ToolRun.run(ReaderRun.binary!.path, arguments,
                               environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"].merging(ReaderRun.storeEnvironment(folder)) { $1 },
                               input: input)
    }

    /// Two records of a JSON Lines export.
    static let jsonLinesExport = """
        {"title": "Minsk talks end", "text": "MINSK — Talks between Belarus and Poland ended on Monday, Foreign Minister Anna Kowalczyk said."}
        {"title": "Grain exports rise", "text": "KYIV — Ukraine shipped more grain in May, officials in Kyiv said on Friday."}

        """

    @Test func jsonLinesOnStandardInputAreOneArticleARecordAndAreCached() throws {
        let home = try ReaderRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let export = home.appendingPathComponent("export.jsonl")
        try Data(Self.jsonLinesExport.utf8).write(to: export)
        let clean = try Self.dossier(["clean", "--format", "json", "-"], home: home, input: export.path)
        #expect(clean.status == 0, "\(clean.errors)")
        let lines = clean.output.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].contains("\"source\":\"-:1\"") && lines[0].contains("\"title\":\"Minsk talks end\""))
        #expect(lines[1].contains("\"source\":\"-:2\"") && lines[1].contains("\"title\":\"Grain exports rise\""))
        // The same export again: both records come from the cache.
        let index = try Self.dossier(["index", "-"], home: home, input: export.path)
        #expect(index.output.hasPrefix("2 articles, 0 processed now"), "\(index.output)")
        let entities = try Self.dossier(["entities", "--format", "tsv", "-"], home: home, input: export.path)
        #expect(entities.output.contains("\tperson\tAnna Kowalczyk\t"))
        #expect(entities.output.contains("\tcountry\tUkraine\tUA\t"))
    }

    @Test func noCacheReadsAndWritesNoCache() throws {
        let folder = try Self.fixture()
        let home = try ReaderRun.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(at: folder.deletingLastPathComponent())
            try? FileManager.default.removeItem(at: home)
        }
        let cached = try Self.dossier(["entities", "--format", "tsv", folder.path], home: home)
        let uncached = try Self.dossier(["entities", "--no-cache", "--format", "tsv", folder.path], home: home.appendingPathComponent("other"))
        #expect(cached.status == 0 && uncached.status == 0)
        #expect(cached.output == uncached.output)
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent("cache/dossier/cache.sqlite").path))
        #expect(!FileManager.default.fileExists(atPath: home.appendingPathComponent("other/cache").path))
    }

    /// A temporary folder holding the news fixture's pages (and nothing else).
    static func fixture() throws -> URL {
        try NewsFixture.write(into: try ReaderRun.temporaryFolder())
    }

    @Test func cleanPrintsOneJSONObjectPerArticleWithTheDocumentedFields() throws {
        let folder = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let result = try Self.dossier(["clean", "--format", "json", folder.path])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == NewsFixture.pages.count)
        for line in lines {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(object.keys) == ["source", "title", "subtitle", "byline", "date", "section", "url", "text", "blocks"])
            let title = try #require(object["title"] as? String)
            let text = try #require(object["text"] as? String)
            let blocks = try #require(object["blocks"] as? [[String: String]])
            #expect(text.hasPrefix(title))
            #expect(!blocks.isEmpty)
            #expect(blocks.allSatisfy { ["paragraph", "heading", "quote", "list-item"].contains($0["kind"] ?? "") })
            #expect(text.hasSuffix(blocks.last!["text"]!))
        }
    }

    @Test func entityOffsetsAreUnicodeScalarOffsetsIntoTheCleanedText() throws {
        let folder = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        // Text where scalar, UTF-16 and UTF-8 offsets all differ before the mentions.
        let wide = "Café talks in 東京 — “déjà vu” 👩‍👩‍👧 for Alexander Lukashenko, who flew on to Belarus on Sunday, aides said.\n\n"
            + "Lukashenko said Belarus would sign the accord in the spring, his office said in a statement. Belarusian officials welcomed it."
        try Data(wide.utf8).write(to: folder.appendingPathComponent("03-wide.txt"))
        let clean = try Self.dossier(["clean", "--format", "json", folder.path])
        let texts = try clean.output.split(separator: "\n").map { line -> [Unicode.Scalar] in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return Array(try #require(object["text"] as? String).unicodeScalars)
        }
        let result = try Self.dossier(["entities", "--format", "json", folder.path])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let entities = try #require(object["entities"] as? [[String: Any]])
        var checked = 0
        for entity in entities {
            for mention in try #require(entity["mentions"] as? [[String: Any]]) {
                let article = try #require(mention["article"] as? Int)
                let start = try #require(mention["start"] as? Int), end = try #require(mention["end"] as? Int)
                var slice = String.UnicodeScalarView()
                slice.append(contentsOf: texts[article][start..<end])
                #expect(String(slice) == mention["text"] as? String)
                checked += 1
            }
        }
        #expect(checked >= 10)
        let belarus = try #require(entities.first { $0["name"] as? String == "Belarus" })
        #expect(belarus["kind"] as? String == "country")
        #expect(belarus["code"] as? String == "BY")
        let forms = try #require(belarus["mentions"] as? [[String: Any]]).map { "\($0["text"] ?? "") \($0["form"] ?? "")" }
        #expect(forms.contains("Belarusian demonym") && forms.contains("Belarus name"), "\(forms)")
    }

    @Test func tagKeepsDocumentAndSentenceBreaksAndWritesIOB2() throws {
        let folder = try ReaderRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = "-DOCSTART- -X- O O\n\nAlexander NNP\nLukashenko NNP\nvisited VBD\nMoscow NNP\n. .\n\nHe PRP\nleft VBD\n. .\n"
        let file = folder.appendingPathComponent("in.conll")
        try input.write(to: file, atomically: true, encoding: .utf8)
        let result = try Self.dossier(["tag", file.path])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first?.hasPrefix("-DOCSTART-") == true)
        #expect(lines.filter(\.isEmpty).count >= 2)
        let tokens = lines.filter { !$0.isEmpty && !$0.hasPrefix("-DOCSTART-") }
        #expect(tokens.map { $0.split(separator: " ")[0] } == ["Alexander", "Lukashenko", "visited", "Moscow", ".", "He", "left", "."])
        #expect(tokens[0] == "Alexander B-PER" && tokens[1] == "Lukashenko I-PER")
        #expect(tokens[3] == "Moscow B-LOC")
    }

    @Test(arguments: [
        (["clean", "/no/such/file.html"], "no such file or folder: /no/such/file.html"),
        (["entities", "--bogus", "x"], "Unknown option '--bogus'"),
        (["clean", "--format", "yaml", "x"], "yaml"),
    ])
    func badInputGetsOneLineAndStatusTwo(arguments: [String], message: String) throws {
        let result = try Self.dossier(arguments)
        #expect(result.status == 2)
        #expect(result.errors.hasPrefix("dossier: "))
        #expect(result.errors.contains(message))
        #expect(result.errors.split(separator: "\n").count == 1)
        #expect(result.output.isEmpty)
    }

    @Test func aBrokenFileIsReportedAndTheOthersStillPrinted() throws {
        let folder = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try Data("not gzip".utf8).write(to: folder.appendingPathComponent("broken.html.gz"))
        let result = try Self.dossier(["clean", "--format", "json", folder.path])
        #expect(result.status == 2)
        #expect(result.output.split(separator: "\n").count == NewsFixture.pages.count)
        #expect(result.errors == "dossier: cannot read \(folder.path)/broken.html.gz: the gzip data is damaged\n")
    }
}

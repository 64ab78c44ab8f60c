import Foundation
import Testing
@testable import DossierKit

/// Files that are too big, not text or not files at all: each ends in a document read up to
/// the cap or in a problem naming the file, never in a trap, a hang or unbounded memory.
@Suite struct HostileInputTests {
    let cap = ByteCap(bytes: 1 << 20)

    func problem(_ body: () throws -> Any) -> DossierError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error as? DossierError
        }
    }

    @Test func aGzipBombIsReadUpToTheCapAndNamed() throws {
        let files = try HostileFiles()
        // 200 MB of text in about 200 KB.
        let path = try files.writeGzip("bomb.html.gz", head: "<html><body><p>Start of the page.</p><p>", fill: UInt8(ascii: "a"), size: 200 << 20)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(size < 1 << 20)
        let (documents, problems) = try DocumentLoader.load(path: path, cap: cap)
        #expect(documents.count == 1)
        #expect(documents[0].bytes.count == cap.bytes)
        #expect(documents[0].format == .html)
        #expect(problems == [.badInput(path, reason: "only the first 1 MB read (its data inflates to more; DOSSIER_MAX_BYTES sets the cap)")])
    }

    @Test func aBombOfZerosIsBinaryAndSkippedAtItsFirstBytes() throws {
        let files = try HostileFiles()
        let path = try files.writeGzip("zeros.txt.gz", fill: 0, size: 4 << 20)
        #expect(problem { try DocumentLoader.load(path: path, cap: cap) } == .badInput(path, reason: "binary data (control bytes), not text; skipped"))
    }

    @Test func aLargeFileIsReadUpToTheCap() throws {
        let files = try HostileFiles()
        let line = "The minister said on Monday that the plan would pass in the spring, and the vote followed.\n"
        let path = try files.write("large.txt", String(repeating: line, count: (3 << 20) / line.utf8.count))
        let (documents, problems) = try DocumentLoader.load(path: path, cap: cap)
        #expect(documents.map(\.bytes.count) == [cap.bytes])
        #expect(problems == [.badInput(path, reason: "only the first 1 MB read (the file is larger; DOSSIER_MAX_BYTES sets the cap)")])
        // At the cap exactly, nothing is left out.
        let exact = try files.write("exact.txt", [UInt8](repeating: UInt8(ascii: "a"), count: cap.bytes))
        #expect(try DocumentLoader.load(path: exact, cap: cap).problems.isEmpty)
    }

    @Test func gzipDataCutShortOrDamagedIsNamed() throws {
        let files = try HostileFiles()
        let whole = HostileFiles.gzip(head: Array("<p>Some text of a page.</p>".utf8), fill: UInt8(ascii: "b"), size: 1 << 20, tail: [])
        let cut = try files.write("cut.html.gz", Array(whole.prefix(whole.count / 2)))
        #expect(problem { try DocumentLoader.load(path: cut, cap: cap) } == .unreadable(cut, reason: "the gzip data is cut short"))
        // The gzip header, then a deflate block of the reserved type 3.
        let damaged = try files.write("damaged.html.gz", Array(whole.prefix(10)) + [0x07] + [UInt8](repeating: 0, count: 64))
        #expect(problem { try DocumentLoader.load(path: damaged, cap: cap) } == .unreadable(damaged, reason: "the gzip data is damaged"))
    }

    @Test func concatenatedGzipMembersAreReadWhole() throws {
        let files = try HostileFiles()
        let one = HostileFiles.gzip(head: Array("first ".utf8), fill: UInt8(ascii: "x"), size: 10, tail: [])
        let two = HostileFiles.gzip(head: Array(" second".utf8), fill: UInt8(ascii: "y"), size: 10, tail: [])
        let path = try files.write("two.txt.gz", one + two)
        let document = try #require(try DocumentLoader.load(path: path, cap: cap).documents.first)
        #expect(String(decoding: document.bytes, as: UTF8.self) == "first xxxxxxxxxx secondyyyyyyyyyy")
        #expect(try Gzip.decompress(one + two) == document.bytes)
    }

    @Test func gzipInMemoryStopsAtItsLimit() throws {
        let bomb = HostileFiles.gzip(head: [], fill: UInt8(ascii: "z"), size: 64 << 20, tail: [])
        let (bytes, isTruncated) = try Gzip.decompress(bomb, limit: 1000)
        #expect(bytes.count == 1000 && isTruncated)
    }

    @Test func jsonLinesAreCappedPerRecordNotPerFile() throws {
        let files = try HostileFiles()
        let small = ByteCap(bytes: 4096)
        var lines: [String] = []
        for index in 1...2000 {
            lines.append(#"{"title": "Record \#(index)", "text": "Officials met on Monday in the capital to discuss the budget for the coming year."}"#)
        }
        lines[999] = #"{"text": ""# + String(repeating: "x", count: 10_000) + #""}"#
        let text = lines.joined(separator: "\n") + "\n"
        #expect(text.utf8.count > 50 * small.bytes)
        let path = try files.write("export.jsonl", text)
        var titles: [String] = []
        let problems = try DocumentLoader.forEachDocument(path: path, cap: small) { titles.append($0.known?.title ?? "") }
        #expect(titles.count == 1999)
        #expect(titles.first == "Record 1" && titles.last == "Record 2000")
        #expect(problems == [.badInput("\(path):1000", reason: "record longer than 4 KB; skipped (DOSSIER_MAX_BYTES sets the cap)")])
        // The same records through gzip.
        let gzipped = try files.write("export.jsonl.gz", HostileFiles.gzip(head: Array(text.utf8), fill: 0x0A, size: 3, tail: []))
        let loaded = try DocumentLoader.load(path: gzipped, cap: small)
        #expect(loaded.documents.count == 1999 && loaded.problems.count == 1)
    }

    @Test func aRecordWithoutLineEndInAGzipBombIsSkippedInBoundedMemory() throws {
        let files = try HostileFiles()
        let path = try files.writeGzip("bomb.jsonl.gz", head: #"{"text": ""#, fill: UInt8(ascii: " "), size: 32 << 20,
                                       tail: "\"}\n" + #"{"text": "After the bomb, the council met again on Tuesday."}"# + "\n")
        let (documents, problems) = try DocumentLoader.load(path: path, cap: cap)
        #expect(documents.map(\.source) == ["\(path):2"])
        #expect(problems.map(\.description) == ["\(path):1: record longer than 1 MB; skipped (DOSSIER_MAX_BYTES sets the cap)"])
    }

    @Test(.timeLimit(.minutes(1))) func aNamedPipeIsRefusedWithoutWaitingForAWriter() throws {
        let files = try HostileFiles()
        let fifo = try files.makeFIFO("pipe.txt")
        let refused = problem { try DocumentLoader.load(path: fifo, cap: cap) }
        #expect(refused?.description.hasPrefix("cannot read \(fifo): it is a named pipe, not a file") == true, "\(String(describing: refused))")
    }

    @Test func devicesAndFoldersAreRefusedForWhatTheyAre() throws {
        #expect(problem { try DocumentLoader.load(path: "/dev/zero") } == .unreadable("/dev/zero", reason: "it is a device, not a file"))
        let files = try HostileFiles()
        #expect(problem { try DocumentLoader.load(path: files.folder.path) } == .unreadable(files.folder.path, reason: "it is a folder"))
        #expect(problem { try DocumentLoader.load(path: files.path("gone.html")) } == .missingPath(files.path("gone.html")))
    }

    @Test func emptyAndBlankFilesAreSkipped() throws {
        let files = try HostileFiles()
        let empty = try files.write("empty.txt", "")
        #expect(problem { try DocumentLoader.load(path: empty) } == .badInput(empty, reason: "empty file; skipped"))
        let blank = try files.write("blank.html", " \n\n\t \r\n")
        #expect(problem { try DocumentLoader.load(path: blank) } == .badInput(blank, reason: "nothing but blank space; skipped"))
    }

    @Test(arguments: [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "a PNG image"),
        ([0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46], "a JPEG image"),
        (Array("%PDF-1.7\n%âãÏÓ\n".utf8), "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0], "a ZIP archive"),
        ([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0], "an ELF program"),
        ([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x41, 0x42, 0x43, 0x00, 0x10, 0x11, 0x12, 0x13], "binary data (control bytes)"),
    ] as [([UInt8], String)])
    func binaryFilesAreSkippedAndNamed(bytes: [UInt8], kind: String) throws {
        let files = try HostileFiles()
        let path = try files.write("page.html", bytes + [UInt8](repeating: 0x41, count: 5))
        #expect(problem { try DocumentLoader.load(path: path) } == .badInput(path, reason: "\(kind), not text; skipped"))
    }

    @Test func randomBytesAreBinary() throws {
        var generator = SeededGenerator(seed: 12)
        let bytes = (0..<65_536).map { _ in UInt8.random(in: 0...255, using: &generator) }
        #expect(ContentSniffing.binaryKind(bytes.prefix(ContentSniffing.headLength)) == "binary data (control bytes)")
    }

    @Test func nulBytesSeparateWordsInsteadOfJoiningThem() throws {
        let files = try HostileFiles()
        let text = "Minister\0Jane\0Okafor said on Monday that the budget would pass before the summer, and the vote followed at once.\n"
        for (name, contents) in [("nul.txt", text), ("nul.html", "<html><body><article><p>\(text)</p></article></body></html>")] {
            let path = try files.write(name, contents)
            let document = try #require(try DocumentLoader.load(path: path).documents.first)
            #expect(!document.bytes.contains(0))
            let article = ArticleExtractor().extract(document)
            #expect(article.text.contains("Minister Jane Okafor said"), "\(name): \(article.text)")
        }
        let record = try files.write("nul.jsonl", #"{"text": "Minister\u0000Jane\u0000Okafor said on Monday that the budget would pass."}"# + "\n")
        let document = try #require(try DocumentLoader.load(path: record).documents.first)
        #expect(ArticleExtractor().extract(document).text.contains("Minister Jane Okafor said"))
    }

    @Test func utf16WithoutAByteOrderMarkIsText() throws {
        let files = try HostileFiles()
        let text = "The minister said on Monday that the plan would pass in the spring, and the vote followed.\n"
        let little = try files.write("le.txt", Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let big = try files.write("be.txt", Array(text.utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
        for path in [little, big] {
            let document = try #require(try DocumentLoader.load(path: path).documents.first)
            #expect(String(decoding: document.bytes, as: UTF8.self) == text)
        }
    }

    @Test func aTextOfCombiningMarksOnlyKeepsItsStory() throws {
        let marks = String(repeating: "\u{301}\u{302}\u{303}", count: 200)
        let article = ArticleExtractor().extract(RawDocument(source: "marks.txt", bytes: Array((marks + "\n").utf8), format: .text))
        #expect(article.blocks.count == 1)
        #expect(article.text.unicodeScalars.count == 600)
        let short = ArticleExtractor().extract(RawDocument(source: "note.txt", bytes: Array("Meeting moved to Friday\n".utf8), format: .text))
        #expect(short.bodyText == "Meeting moved to Friday")
    }

    @Test func aVanishedFileIsNamedAsMissing() throws {
        let files = try HostileFiles()
        let path = try files.write("soon-gone.html", "<p>Here for a moment.</p>")
        let listed = SourceDiscovery.files(in: [files.folder.path])
        #expect(listed.files == [path])
        try FileManager.default.removeItem(atPath: path)
        #expect(problem { try DocumentLoader.load(path: path) } == .missingPath(path))
    }

    @Test(.enabled(if: geteuid() != 0, "the superuser can list any folder; the end-to-end tests check this as another user"))
    func unreadableSubfoldersAreReportedAndTheirNeighboursRead() throws {
        let files = try HostileFiles()
        try FileManager.default.createDirectory(atPath: files.path("closed"), withIntermediateDirectories: true)
        try files.write("closed/hidden.html", "<p>x</p>")
        let readable = try files.write("open.html", "<p>y</p>")
        chmod(files.path("closed"), 0)
        defer { chmod(files.path("closed"), 0o755) }
        let listed = SourceDiscovery.files(in: [files.folder.path])
        #expect(listed.files == [readable])
        #expect(listed.problems == [.unreadable(files.path("closed"), reason: "cannot list the folder: permission denied")])
    }

    @Test func deepNestingIsCappedAndItsTextKept() {
        let depth = 100_000
        let page = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>Words at the bottom.</p>"
            + String(repeating: "</div>", count: depth) + "<p>Words after.</p></body></html>"
        let tree = Array(page.utf8).withUnsafeBufferPointer { HTMLTree(utf8: $0) }
        var deepest = 0
        for index in tree.nodes.indices {
            var depth = 0
            var current = Int(tree.nodes[index].parent)
            while current >= 0 {
                depth += 1
                current = Int(tree.nodes[current].parent)
            }
            deepest = max(deepest, depth)
        }
        #expect(deepest <= HTMLTree.maximumDepth)
        #expect(tree.text(of: 0).contains("Words at the bottom."))
        #expect(tree.text(of: 0).hasSuffix("Words after."))
    }

    @Test func capsAreReadAsPeopleWriteThem() {
        #expect(ByteCap(parsing: "64M")?.bytes == 64 << 20)
        #expect(ByteCap(parsing: "512k")?.bytes == 512 << 10)
        #expect(ByteCap(parsing: "1G")?.bytes == 1 << 30)
        #expect(ByteCap(parsing: "1000")?.bytes == 1000)
        #expect(ByteCap(parsing: "2G") == nil)
        #expect(ByteCap(parsing: "lots") == nil)
        #expect(ByteCap(parsing: "0") == nil)
        #expect(ByteCap.standard.bytes == 64 << 20 || ProcessInfo.processInfo.environment["DOSSIER_MAX_BYTES"] != nil)
        #expect(ByteCap(bytes: 64 << 20).description == "64 MB")
    }
}

/// Where text ends and binary data begins.
@Suite struct BinarySniffingTests {
    @Test func nulsBetweenWordsAreText() {
        let text = Array("Minister\0Jane\0Okafor\0said\0on\0Monday\0that\0the\0budget\0would\0pass.\n".utf8)
        #expect(ContentSniffing.binaryKind(text[...]) == nil)
    }

    @Test func runsOfNULsAreBinary() {
        let words = Array("Some words".utf8)
        let record = words + [0, 0, 0, 0, 1, 0, 0, 0] + words + [0, 0, 0, 0, 2, 0, 0, 0]
        #expect(ContentSniffing.binaryKind(Array(Array(repeating: record, count: 20).joined())[...]) == "binary data (control bytes)")
    }

    @Test func escapesAndFormFeedsAreText() {
        let text = Array("\u{1B}[1mBold\u{1B}[0m heading\n\u{0C}Page two of the report, with more words on it.\r\n".utf8)
        #expect(ContentSniffing.binaryKind(text[...]) == nil)
    }
}

/// Which format an input whose name does not tell is read as.
@Suite struct FormatSniffingTests {
    @Test func jsonLinesAreToldFromPagesAndText() throws {
        let files = try HostileFiles()
        let records = try files.write("export", "\u{FEFF}" + #"{"text": "Officials met on Monday in the capital to discuss the budget."}"# + "\n\n"
                                      + #"  {"text": "A second record about the budget, the council and the vote on Friday."}"# + "\n")
        let loaded = try DocumentLoader.load(path: records)
        #expect(loaded.documents.map(\.source) == ["\(records):1", "\(records):3"])
        #expect(loaded.problems.isEmpty)
        let pretty = try files.write("pretty", "{\n  \"text\": \"One object over several lines is not JSON Lines.\"\n}\n")
        #expect(try DocumentLoader.load(path: pretty).documents.map(\.format) == [.text])
        let page = try files.write("page", "<!doctype html><html><body><p>A page.</p></body></html>")
        #expect(try DocumentLoader.load(path: page).documents.map(\.format) == [.html])
    }
}

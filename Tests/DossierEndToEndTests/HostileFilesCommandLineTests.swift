import Foundation
import Testing

/// The scriptable commands on hostile files, as a user runs them: nothing from a file's name or
/// content reaches standard output or standard error as a control character, every bad file is
/// named on one line, nothing hangs or grows without bound.
@Suite(.enabled(if: ReaderRun.binary != nil, "needs the built dossier binary"))
struct HostileFilesCommandLineTests {
    static func dossier(_ arguments: [String], environment: [String: String] = [:], input: String = "/dev/null",
                        output: ToolRun.OutputTarget = .captured) throws -> ToolRun.Result {
        try ToolRun.run(ReaderRun.binary!.path, arguments,
                        environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"].merging(ReaderRun.storeEnvironment()) { $1 }
                            .merging(environment) { $1 },
                        input: input, output: output, deadline: 120)
    }

    static let story = "Minister Jane Okafor said on Monday that the budget would pass before the summer, "
        + "and the vote in the capital followed at once after a long debate among the members."

    /// No ESC or other control byte but line feed and tab, and no bidirectional override, in `bytes`.
    static func expectNoControls(_ bytes: [UInt8], _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let controls = bytes.filter { $0 < 0x20 && $0 != 0x0A && $0 != 0x09 || $0 == 0x7F }
        #expect(controls.isEmpty, "\(what) holds control bytes \(Set(controls).sorted())", sourceLocation: sourceLocation)
        let text = String(decoding: bytes, as: UTF8.self)
        let unsafe = text.unicodeScalars.filter { (0x80...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }
        #expect(unsafe.isEmpty, "\(what) holds \(unsafe.map { String($0.value, radix: 16) })", sourceLocation: sourceLocation)
    }

    @Test func escapesInNamesAndFieldsNeverReachTheOutput() throws {
        let folder = try HostileFolder()
        try folder.write("\u{1B}]2;PWNED\u{1B}\\x.html.gz", "not gzip")
        try folder.write("\u{1B}]2;CLEANPWN\u{7}a.html", NewsFixture.pages[0].html)
        try folder.write("rlo\u{202E}lmth.txt", Self.story + "\n\n\u{1B}[31mRed\u{1B}[0m text and \u{9B}31m more of it, said the Minister of Finance in Belarus.\n")
        try folder.write("records.jsonl", #"{"title": "A \u202e title \u001b]2;T\u0007", "date": "\u001b]2;DATEPWN\u0007soon", "byline": "\u009b31mByline", "text": "\#(Self.story)"}"# + "\n")
        for arguments in [["clean"], ["clean", "--format", "json"], ["entities", "--format", "tsv"], ["entities", "--format", "json"]] {
            let result = try Self.dossier(arguments + [folder.path])
            let what = arguments.joined(separator: " ")
            #expect(result.status == 2, "\(what): \(result.errors)")
            Self.expectNoControls(result.outputBytes, "\(what) output")
            Self.expectNoControls(result.errorBytes, "\(what) errors")
            #expect(result.errors == "dossier: cannot read \(folder.path)/␛]2;PWNED␛\\x.html.gz: the gzip data is damaged\n", "\(what)")
        }
        let text = try Self.dossier(["clean", folder.path]).output
        #expect(text.contains("==> \(folder.path)/␛]2;CLEANPWN␇a.html <=="))
        #expect(text.contains("␛]2;DATEPWN␇soon"))
        #expect(text.contains("==> \(folder.path)/rlo\u{FFFD}lmth.txt <=="))
        #expect(text.contains("[31mRed[0m text")) // the text's own controls are cleaned out
        // JSON escapes instead: the values read back are the ones given.
        let json = try Self.dossier(["clean", "--format", "json", folder.path]).output
        let sources = try json.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["source"] as? String
        }
        #expect(sources.contains("\(folder.path)/rlo\u{202E}lmth.txt"))
        #expect(json.contains("rlo\\u202elmth.txt"))
    }

    @Test func tagShowsControlCharactersInTokensAsSymbols() throws {
        let folder = try HostileFolder()
        let file = try folder.write("in.conll", "-DOCSTART- -X- O O\n\n\u{1B}]2;TAGPWN\u{7} NN\nMinister NNP\nOkafor\u{9B}31m NNP\n")
        let result = try Self.dossier(["tag", file])
        #expect(result.status == 0, "\(result.errors)")
        Self.expectNoControls(result.outputBytes, "tag output")
        #expect(result.output.contains("␛]2;TAGPWN␇"))
    }

    @Test func aGzipBombIsReadUpToTheCapInBoundedMemory() throws {
        let folder = try HostileFolder()
        let inflated = 256 << 20
        let bomb = try folder.writeGzipBomb("bomb.html.gz", line: "<p>The council met again on Monday to discuss the budget for the year.</p>", size: inflated)
        let onDisk = try #require(try FileManager.default.attributesOfItem(atPath: bomb)[.size] as? Int)
        #expect(onDisk < 4 << 20)
        // A cache of its own: the peak is this command's alone, not that of work other tests
        // leave in a shared cache.
        let home = try ReaderRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        let result = try Self.dossier(["clean", "--format", "json", bomb],
                                      environment: ReaderRun.storeEnvironment(home).merging(["DOSSIER_MAX_BYTES": "4M"]) { $1 })
        #expect(result.status == 2)
        #expect(result.output.split(separator: "\n").count == 1)
        #expect(result.errors == "dossier: \(bomb): only the first 4 MB read (its data inflates to more; DOSSIER_MAX_BYTES sets the cap)\n")
        // The peak is read at all (it holds the 4 MB read), and it is far from the inflated size.
        #expect(result.peakMemoryKB > 4 << 10, "peak memory \(result.peakMemoryKB) KB")
        #expect(result.peakMemoryKB * 1024 < inflated / 2, "peak memory \(result.peakMemoryKB) KB for a 4 MB cap")
    }

    @Test func aJSONLinesExportLargerThanTheCapIsReadWhole() throws {
        let folder = try HostileFolder()
        let record = #"{"title": "Budget talks", "text": "The council met again on Monday to discuss the budget for the year."}"#
        let export = try folder.writeGzipBomb("export.jsonl.gz", line: record, size: (record.utf8.count + 1) * 5000)
        let result = try Self.dossier(["clean", "--format", "json", export], environment: ["DOSSIER_MAX_BYTES": "64K"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.split(separator: "\n").count == 5000)
    }

    @Test func jsonLinesOnStandardInputGiveOneArticlePerRecord() throws {
        let folder = try HostileFolder()
        let records = (1...3).map { #"{"title": "Record \#($0)", "text": "\#(Self.story)"}"# }.joined(separator: "\n") + "\n"
        let input = try folder.write("export", records)
        let result = try Self.dossier(["clean", "--format", "json", "-"], input: input)
        #expect(result.status == 0, "\(result.errors)")
        let objects = try result.output.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        #expect(objects.map { $0["source"] as? String } == ["-:1", "-:2", "-:3"])
        #expect(objects.map { $0["title"] as? String } == ["Record 1", "Record 2", "Record 3"])
        // A page on standard input is still one article.
        let page = try folder.write("page", NewsFixture.pages[1].html)
        let single = try Self.dossier(["clean", "--format", "json", "-"], input: page)
        #expect(single.output.split(separator: "\n").count == 1)
        #expect(single.output.contains(NewsFixture.secondTitle))
    }

    @Test func namedPipesAndDevicesAreNamedNotWaitedOn() throws {
        let folder = try HostileFolder()
        let fifo = try folder.makeFIFO("pipe.txt")
        try folder.write("good.txt", Self.story + "\n")
        let alone = try Self.dossier(["clean", fifo])
        #expect(!alone.timedOut)
        #expect(alone.status == 2)
        #expect(alone.errors.hasPrefix("dossier: cannot read \(fifo): it is a named pipe, not a file"))
        let together = try Self.dossier(["clean", folder.path])
        #expect(!together.timedOut)
        #expect(together.status == 2)
        #expect(together.output.contains("Minister Jane Okafor said"))
        let device = try Self.dossier(["clean", "/dev/zero"])
        #expect(device.errors == "dossier: cannot read /dev/zero: it is a device, not a file\n")
        #expect(device.status == 2)
    }

    @Test func emptyAndBinaryFilesAreSkippedAndListed() throws {
        let folder = try HostileFolder()
        try folder.write("a-empty.txt", "")
        try folder.write("b-photo.html", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 600))
        try folder.write("c-noise.txt", (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ ($0 >> 3)) })
        try folder.write("d-good.txt", Self.story + "\n")
        let result = try Self.dossier(["clean", "--format", "json", folder.path])
        #expect(result.status == 2)
        #expect(result.output.split(separator: "\n").count == 1)
        #expect(result.errors == """
            dossier: \(folder.path)/a-empty.txt: empty file; skipped
            dossier: \(folder.path)/b-photo.html: a PNG image, not text; skipped
            dossier: \(folder.path)/c-noise.txt: binary data (control bytes), not text; skipped

            """)
    }

    @Test func nulBytesSeparateWords() throws {
        let folder = try HostileFolder()
        // NULs in place of every space: text still, not binary data.
        let file = try folder.write("nul.txt", Self.story.replacingOccurrences(of: " ", with: "\0") + "\n")
        let result = try Self.dossier(["clean", file])
        #expect(result.status == 0)
        #expect(result.output.contains("Minister Jane Okafor said"))
    }

    /// As the superuser every folder can be listed, so the command runs as `nobody` then.
    @Test(.enabled(if: geteuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                   "needs a user other than the superuser, or setpriv to become one"))
    func unreadableSubfoldersAreReportedAndTheOthersRead() throws {
        let folder = try HostileFolder()
        try folder.write("closed/inside.txt", Self.story + "\n")
        try folder.write("open/good.txt", Self.story + "\n")
        chmod(folder.path("closed"), 0)
        defer { chmod(folder.path("closed"), 0o755) }
        let arguments = ["clean", folder.path]
        // A cache and reading state that `nobody` can write.
        let home = try ReaderRun.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: home) }
        chmod(home.path, 0o1777)
        let result = geteuid() != 0 ? try Self.dossier(arguments)
            : try ToolRun.run("/usr/bin/setpriv", ["--reuid=nobody", "--regid=nogroup", "--clear-groups", ReaderRun.binary!.path] + arguments,
                              environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"].merging(ReaderRun.storeEnvironment(home)) { $1 },
                              deadline: 120)
        #expect(result.status == 2, "\(result.errors)")
        #expect(result.output.contains("Minister Jane Okafor said"))
        #expect(result.errors == "dossier: cannot read \(folder.path)/closed: cannot list the folder: permission denied\n")
    }
}

/// Output that cannot be written: one line and status 1 for a full disk; a closed pipe ends
/// the command quietly with status 141, as `cat` ends, whether SIGPIPE is ignored or not.
@Suite(.enabled(if: ReaderRun.binary != nil, "needs the built dossier binary"))
struct OutputFailureTests {
    @Test(arguments: [["clean", "--format", "text"], ["clean", "--format", "json"], ["entities", "--format", "tsv"]])
    func aFullDiskIsOneLineAndStatusOne(arguments: [String]) throws {
        let folder = try NewsFixture.write(into: try ReaderRun.temporaryFolder())
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let result = try HostileFilesCommandLineTests.dossier(arguments + [folder.path], output: .file("/dev/full"))
        #expect(result.status == 1)
        #expect(result.errors == "dossier: cannot write to standard output: No space left on device\n")
    }

    @Test(arguments: [false, true])
    func aClosedPipeEndsQuietlyWithStatus141(ignoringSIGPIPE: Bool) throws {
        let folder = try NewsFixture.write(into: try ReaderRun.temporaryFolder())
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let binary = ReaderRun.binary!.path
        let arguments = ["entities", "--format", "tsv", folder.path]
        let result = ignoringSIGPIPE
            ? try ToolRun.run("/bin/sh", ["-c", "trap '' PIPE; exec \"$0\" \"$@\"", binary] + arguments,
                              environment: ["PATH": "/usr/bin:/bin"].merging(ReaderRun.storeEnvironment()) { $1 },
                              output: .closedPipe, deadline: 120)
            : try ToolRun.run(binary, arguments, environment: ["PATH": "/usr/bin:/bin"].merging(ReaderRun.storeEnvironment()) { $1 },
                              output: .closedPipe, deadline: 120)
        #expect(result.status == 141)
        #expect(result.errors.isEmpty, "\(result.errors)")
    }
}

import ArgumentParser
import DossierKit
import Foundation

/// One document of a benchmark set: its id in the gold data and its raw form.
struct BenchmarkDocument {
    let id: String
    let raw: RawDocument
}

/// Which documents a score covers: all, or one of two halves split by a hash of the id.
enum BenchmarkHalf: String, CaseIterable {
    case whole = "all"
    case first = "half A"
    case second = "half B"

    /// Even hashes are half A.
    static func of(_ id: String) -> BenchmarkHalf {
        idHash(id) % 2 == 0 ? .first : .second
    }

    /// FNV-1a of a document id's bytes: stable across runs and machines, blind to content.
    static func idHash(_ id: String) -> UInt64 {
        id.utf8.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 }
    }

    func contains(_ id: String) -> Bool {
        self == .whole || BenchmarkHalf.of(id) == self
    }
}

/// A data set to extract and score.
struct BenchmarkSet {
    enum Gold {
        /// One JSON object `{id: {"articleBody", …}}` (scrapinghub).
        case file(URL)
        /// A folder of `ID.json` files (wcxb).
        case folder(URL)
    }

    let name: String
    let files: [(id: String, path: String)]
    let gold: Gold

    func loadDocuments() throws -> [BenchmarkDocument] {
        try files.map { file in
            guard let raw = try DocumentLoader.load(path: file.path).documents.first else {
                throw ValidationError("nothing readable in \(file.path)")
            }
            return BenchmarkDocument(id: file.id, raw: raw)
        }
    }

    /// The gold for one half: the shared gold itself for the whole set, a subset written under
    /// `output` for a half (the scorer counts every gold document).
    func gold(for half: BenchmarkHalf, ids: [String], output: URL) throws -> String {
        switch (gold, half) {
        case (.file(let url), .whole), (.folder(let url), .whole):
            return url.path
        case (.file(let url), _):
            let all = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
            let subset = all.filter { half.contains($0.key) }
            let target = output.appendingPathComponent("gold/\(name)-\(half == .first ? "A" : "B").json")
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try JSONSerialization.data(withJSONObject: subset).write(to: target)
            return target.path
        case (.folder(let url), _):
            let target = output.appendingPathComponent("gold/\(name)-\(half == .first ? "A" : "B")")
            try? FileManager.default.removeItem(at: target)
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            for id in ids where half.contains(id) {
                try FileManager.default.createSymbolicLink(
                    at: target.appendingPathComponent("\(id).json"),
                    withDestinationURL: url.appendingPathComponent("\(id).json").standardizedFileURL.absoluteURL)
            }
            return target.path
        }
    }
}

enum BenchmarkSets {
    /// The sets found under the data folder; the wcxb text dumps are made under `output`.
    static func discover(data: URL, output: URL) throws -> [BenchmarkSet] {
        var sets: [BenchmarkSet] = []
        let scrapinghub = data.appendingPathComponent("scrapinghub")
        if FileManager.default.fileExists(atPath: scrapinghub.path) {
            let gold = BenchmarkSet.Gold.file(scrapinghub.appendingPathComponent("ground-truth.json"))
            sets.append(BenchmarkSet(name: "scrapinghub-html", files: try files(in: scrapinghub.appendingPathComponent("html")), gold: gold))
            sets.append(BenchmarkSet(name: "scrapinghub-text", files: try files(in: scrapinghub.appendingPathComponent("text")), gold: gold))
        }
        let wcxb = data.appendingPathComponent("wcxb-dev-articles")
        if FileManager.default.fileExists(atPath: wcxb.path) {
            let gold = BenchmarkSet.Gold.folder(wcxb.appendingPathComponent("ground-truth"))
            let pages = try files(in: wcxb.appendingPathComponent("html"))
            sets.append(BenchmarkSet(name: "wcxb-html", files: pages, gold: gold))
            sets.append(BenchmarkSet(name: "wcxb-text", files: try dumps(of: pages, into: output.appendingPathComponent("wcxb-text")), gold: gold))
        }
        if sets.isEmpty { throw ValidationError("no scrapinghub or wcxb-dev-articles folder under \(data.path)") }
        return sets
    }

    /// The files of a folder by id (the name before its first dot), sorted.
    static func files(in folder: URL) throws -> [(id: String, path: String)] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted().map { name in
            (String(name.prefix(while: { $0 != "." })), folder.appendingPathComponent(name).path)
        }
    }

    /// Writes each page's plain-text dump to `folder/ID.txt`.
    static func dumps(of pages: [(id: String, path: String)], into folder: URL) throws -> [(id: String, path: String)] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try pages.map { page in
            guard let raw = try DocumentLoader.load(path: page.path).documents.first else { throw ValidationError("nothing readable in \(page.path)") }
            let target = folder.appendingPathComponent("\(page.id).txt")
            try PageTextDump.text(ofPage: raw.bytes).write(to: target, atomically: true, encoding: .utf8)
            return (page.id, target.path)
        }
    }
}

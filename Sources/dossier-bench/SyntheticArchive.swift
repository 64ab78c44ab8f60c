import ArgumentParser
import DossierKit
import Foundation

/// Large corpora of unique plain-text articles made from the shared pages, for timing the
/// store: article k is base page k mod B (the scrapinghub text dumps and the wcxb pages
/// dumped to text, B in all), with three long lines of another base page set into its middle
/// and a line that numbers it, so that no two articles have the same content and their names
/// mix across pages. Files go 1,000 to a folder.
enum SyntheticArchive {
    /// The base pages' lines.
    static func basePages(data: URL, dumps: URL) throws -> [[Substring]] {
        var texts: [String] = []
        let scrapinghub = data.appendingPathComponent("scrapinghub/text")
        for name in try FileManager.default.contentsOfDirectory(atPath: scrapinghub.path).sorted() where name.hasSuffix(".txt") {
            texts.append(try String(contentsOf: scrapinghub.appendingPathComponent(name), encoding: .utf8))
        }
        let wcxb = data.appendingPathComponent("wcxb-dev-articles/html")
        for (_, path) in try BenchmarkSets.dumps(of: try BenchmarkSets.files(in: wcxb), into: dumps) {
            texts.append(try String(contentsOfFile: path, encoding: .utf8))
        }
        guard !texts.isEmpty else { throw ValidationError("no pages under \(data.path)") }
        return texts.map { $0.split(separator: "\n", omittingEmptySubsequences: false) }
    }

    /// Writes `count` articles under `folder`, unless a finished corpus of that size is there.
    static func write(_ count: Int, from pages: [[Substring]], into folder: URL) throws {
        let done = folder.appendingPathComponent(".complete")
        if FileManager.default.fileExists(atPath: done.path) { return }
        try? FileManager.default.removeItem(at: folder)
        for k in 0..<count {
            if k % 1000 == 0 {
                try FileManager.default.createDirectory(at: folder.appendingPathComponent(String(format: "%03d", k / 1000)),
                                                        withIntermediateDirectories: true)
            }
            var lines = pages[k % pages.count]
            let donor = pages[(k &* 7919 &+ 13) % pages.count]
            let borrowed = donor.sorted { $0.count > $1.count }.prefix(3)
            lines.insert(contentsOf: borrowed, at: lines.count / 2)
            lines.append("")
            lines.append("Archive reference \(k).")
            let path = folder.appendingPathComponent(String(format: "%03d/%06d.txt", k / 1000, k))
            try lines.joined(separator: "\n").write(to: path, atomically: false, encoding: .utf8)
        }
        _ = FileManager.default.createFile(atPath: done.path, contents: nil)
    }
}

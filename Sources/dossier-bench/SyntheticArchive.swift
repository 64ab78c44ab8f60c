import ArgumentParser
import DossierKit
import Foundation

/// Large corpora of unique plain-text articles made from the shared pages, for timing the
/// store: article k is scrapinghub text dump k mod 181 (a news page dumped to text, menus
/// and all, as the store's targets were set on), with the three longest lines of a wcxb page
/// dumped to text set into its middle and a line that numbers it, so that no two articles
/// have the same content and their names mix across 892 pages. Files go 1,000 to a folder.
enum SyntheticArchive {
    struct BasePages {
        /// The pages' lines.
        let pages: [[Substring]]
        /// The lines given to the pages, three from each donor.
        let donors: [[Substring]]
    }

    static func basePages(data: URL, dumps: URL) throws -> BasePages {
        var pages: [String] = []
        let scrapinghub = data.appendingPathComponent("scrapinghub/text")
        for name in try FileManager.default.contentsOfDirectory(atPath: scrapinghub.path).sorted() where name.hasSuffix(".txt") {
            pages.append(try String(contentsOf: scrapinghub.appendingPathComponent(name), encoding: .utf8))
        }
        var donors: [String] = []
        let wcxb = data.appendingPathComponent("wcxb-dev-articles/html")
        for (_, path) in try BenchmarkSets.dumps(of: try BenchmarkSets.files(in: wcxb), into: dumps) {
            donors.append(try String(contentsOfFile: path, encoding: .utf8))
        }
        guard !pages.isEmpty, !donors.isEmpty else { throw ValidationError("no scrapinghub or wcxb pages under \(data.path)") }
        func lines(_ text: String) -> [Substring] { text.split(separator: "\n", omittingEmptySubsequences: false) }
        return BasePages(pages: pages.map(lines),
                         donors: donors.map { Array(lines($0).sorted { $0.count > $1.count }.prefix(3)) })
    }

    /// Writes `count` articles under `folder`, unless a finished corpus of that size is there.
    static func write(_ count: Int, from base: BasePages, into folder: URL) throws {
        let done = folder.appendingPathComponent(".complete")
        if FileManager.default.fileExists(atPath: done.path) { return }
        try? FileManager.default.removeItem(at: folder)
        for k in 0..<count {
            if k % 1000 == 0 {
                try FileManager.default.createDirectory(at: folder.appendingPathComponent(String(format: "%03d", k / 1000)),
                                                        withIntermediateDirectories: true)
            }
            var lines = base.pages[k % base.pages.count]
            lines.insert(contentsOf: base.donors[(k &* 7919 &+ 13) % base.donors.count], at: lines.count / 2)
            lines.append("")
            lines.append("Archive reference \(k).")
            let path = folder.appendingPathComponent(String(format: "%03d/%06d.txt", k / 1000, k))
            try lines.joined(separator: "\n").write(to: path, atomically: false, encoding: .utf8)
        }
        _ = FileManager.default.createFile(atPath: done.path, contents: nil)
    }
}

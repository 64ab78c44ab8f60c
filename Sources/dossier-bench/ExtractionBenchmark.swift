import ArgumentParser
import DossierKit
import Foundation

/// `dossier-bench extraction DATA`: runs the extractor over each data set, single-threaded,
/// writes the predictions, scores them with the shared scorer and prints one table.
///
/// The sets: scrapinghub pages (`html/`) and their text dumps (`text/`); wcxb-dev-articles
/// pages, and the same pages dumped to plain text here (`PageTextDump`, written under the
/// output folder). Each set is also scored in two halves split by a hash of the document id,
/// so that a rule tuned on one half can be checked on the other.
struct ExtractionBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extraction", abstract: "Score and time article extraction.")

    @Argument(help: "The extraction data folder, e.g. ../shared/data/extraction.")
    var data: String

    @Option(help: "Where predictions, dumps and gold subsets are written.")
    var output = "bench-output"

    @Option(help: "Timed runs over each set; the median is reported.")
    var runs = 5

    @Option(help: "Run only the sets whose name contains this (e.g. wcxb-html).")
    var only: String?

    @Option(help: "The scorer (default: DATA/../../tools/score_extraction.py).")
    var scorer: String?

    func run() throws {
        let dataURL = URL(fileURLWithPath: data)
        let scorerPath = scorer ?? dataURL.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("tools/score_extraction.py").path
        guard FileManager.default.fileExists(atPath: dataURL.path) else {
            throw ValidationError("no data folder at \(data) (the shared data sets are missing; nothing to measure)")
        }
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let sets = try BenchmarkSets.discover(data: dataURL, output: URL(fileURLWithPath: output))
        var rows: [BenchmarkRow] = []
        for set in sets where only.map({ set.name.contains($0) }) ?? true {
            let documents = try set.loadDocuments()
            let (articles, rates) = timeExtraction(documents)
            let predictions = URL(fileURLWithPath: output).appendingPathComponent("\(set.name).jsonl")
            try writePredictions(articles, ids: documents.map(\.id), to: predictions)
            for half in BenchmarkHalf.allCases {
                let gold = try set.gold(for: half, ids: documents.map(\.id), output: URL(fileURLWithPath: output))
                let scores = try Scorer.score(gold: gold, predictions: predictions.path, scorer: scorerPath)
                rows.append(BenchmarkRow(set: set.name, half: half, documents: scores.documents, scores: scores,
                                         rates: half == .whole ? rates : nil))
            }
        }
        print(BenchmarkRow.table(rows))
    }

    /// Extracts every document `runs` times on this thread; the median rates by wall clock and
    /// by the thread's processor time (the latter holds when other jobs share the machine).
    func timeExtraction(_ documents: [BenchmarkDocument]) -> ([Article], ExtractionRates) {
        let extractor = ArticleExtractor()
        var articles: [Article] = []
        var wallClock: [Double] = []
        var processor: [Double] = []
        for _ in 0..<max(1, runs) {
            var result: [Article] = []
            result.reserveCapacity(documents.count)
            let (_, wallSeconds) = Measure.time {
                let (_, processorSeconds) = Measure.processorTime {
                    for document in documents { result.append(extractor.extract(document.raw)) }
                }
                processor.append(Double(documents.count) / max(processorSeconds, 1e-9))
            }
            wallClock.append(Double(documents.count) / max(wallSeconds, 1e-9))
            articles = result
        }
        return (articles, ExtractionRates(wallClock: Measure.median(wallClock), processor: Measure.median(processor)))
    }

    func writePredictions(_ articles: [Article], ids: [String], to url: URL) throws {
        var lines = ""
        for (id, article) in zip(ids, articles) {
            let object: [String: Any] = [
                "id": id, "title": article.title, "byline": article.byline ?? NSNull(),
                "date": article.date ?? NSNull(), "body": article.bodyText,
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            lines += String(decoding: data, as: UTF8.self) + "\n"
        }
        try lines.write(to: url, atomically: true, encoding: .utf8)
    }
}

/// Pages per second over one set: median of the timed runs.
struct ExtractionRates {
    /// By elapsed time; falls when other jobs load the machine.
    let wallClock: Double
    /// By this thread's processor time: what one core does.
    let processor: Double
}

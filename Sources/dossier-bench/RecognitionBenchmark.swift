import ArgumentParser
import DossierKit
import Foundation

/// `dossier-bench ner [DATA]`: tags every development set of the training recipe
/// (`TrainingRecipe.shipped`: eng.testa, uner-ewt-dev, wnut17-dev) whole and in its two
/// halves, scores each with the shared scorer over the types the set annotates, says which
/// half trained or tuned the model and which was only measured, and measures words per
/// second on one core (over eng.testa) and the model's load time and memory. Given a CoNLL
/// file instead of the data folder, it scores that file alone.
/// `--capitalized` first capitalizes every word of each file, as a web headline in title case
/// is written, and scores against the same tags: a stress test of title case.
///
///     swift run -c release dossier-bench ner ../shared/data/ner
///     swift run -c release dossier-bench ner ../shared/data/ner/conll2003/eng.testa --capitalized --runs 1
struct RecognitionBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ner", abstract: "Score and time entity recognition.")

    @Argument(help: "The NER data folder (../shared/data/ner) or one CoNLL file with gold tags.")
    var data = "../shared/data/ner"

    @Option(help: "The entity scorer.")
    var scorer = "../shared/tools/score_ner.py"

    @Option(help: "Timed runs; the median is reported.")
    var runs = 15

    @Option(help: "A model file to measure instead of the shipped one.")
    var model: String?

    @Option(help: "A repair pass to switch off (see dossier-bench ablation); may be repeated.")
    var without: [String] = []

    @Option(help: "A folder to write each part's gold and tagged files into, for reading the errors.")
    var save: String?

    @Flag(help: "Capitalize every word of the files first (a stress test of title-case headlines).")
    var capitalized = false

    @Flag(help: "Link each part's documents as one corpus and retype names by linking's kinds (see dossier-bench linking).")
    var link = false

    func run() throws {
        let residentBefore = Measure.residentBytes()
        var recognizer = try loadRecognizer()
        let loadMemory = Measure.residentBytes() - residentBefore
        var loadTimes: [Double] = []
        for _ in 0..<runs {
            let (loaded, seconds) = try Measure.time { try loadRecognizer() }
            recognizer = loaded
            loadTimes.append(seconds)
        }

        let sets = try NERSets.sets(at: data)
        print("| set | part | used for | PER F1 | LOC F1 | ORG F1 | MISC F1 | overall F1 |")
        print("|---|---|---|---:|---:|---:|---:|---:|")
        var reports: [String] = []
        for set in sets {
            var input = try NERSets.read(set.path)
            if capitalized { input = Self.capitalizingEveryWord(input) }
            let labels = NERSets.labels(in: input)
            for half in [nil] + DataHalf.allCases.map(Optional.some) where set.hasHalves || half == nil {
                let part = half.map { $0.select(fromCoNLL: input) } ?? input
                let tagged = CoNLLTagging.tag(part, with: recognizer, labels: labels, linker: link ? EntityLinker() : nil)
                let scores = try NERScore.score(tagged, gold: part, scorer: scorer)
                if let save {
                    let stem = URL(fileURLWithPath: save).appendingPathComponent("\(set.name)-\(half?.rawValue ?? "all")").path
                    try FileManager.default.createDirectory(atPath: save, withIntermediateDirectories: true)
                    try part.write(toFile: stem + ".gold", atomically: true, encoding: .utf8)
                    try tagged.write(toFile: stem + ".tagged", atomically: true, encoding: .utf8)
                }
                let cells = ["PER", "LOC", "ORG", "MISC", "overall"].map { labels.contains($0) || $0 == "overall" ? scores[$0] ?? "?" : "—" }
                let name = set.name + (capitalized ? ", capitalized" : "")
                print("| \(name) | \(half.map { "half \($0.rawValue)" } ?? "all") | \(set.role(half)) | \(cells.joined(separator: " | ")) |")
                reports.append("\(name) \(half.map { "half \($0.rawValue)" } ?? "all"):\n\(scores["report"] ?? "")")
            }
        }

        let speedFile = sets.first { $0.name == "eng.testa" } ?? sets[0]
        let input = try NERSets.read(speedFile.path)
        let words = input.split(separator: "\n").filter { !$0.isEmpty && !$0.hasPrefix("-DOCSTART-") }.count
        var rates: [Double] = [], wallRates: [Double] = []
        for _ in 0..<runs {
            let ((_, seconds), wallSeconds) = Measure.time { Measure.processorTime { CoNLLTagging.tag(input, with: recognizer) } }
            rates.append(Double(words) / seconds)
            wallRates.append(Double(words) / wallSeconds)
        }
        print("\n| measure | target | Dossier |")
        print("|---|---|---|")
        print("| words per second, one core (\(speedFile.name), \(words) words) | ≥ 750,000 | \(Measure.grouped(Measure.median(rates))) |")
        print("| model load time | < 0.3 s | \(String(format: "%.3f s", Measure.median(loadTimes))) |")
        print("| model load memory | < 100 MB | \(String(format: "%.1f MB", Double(loadMemory) / 1_000_000)) |")
        print("\nEach set is scored over the types its gold annotates (uner-ewt-dev annotates no MISC: the tagger's MISC "
              + "names are written O there, as `dossier tag --types PER,LOC,ORG` does). Halves: `DataHalf`, by a hash of each "
              + "document's position (of each sentence's, in a file without documents).")
        print("Words per second from this thread's processor time (by the wall clock: \(Measure.grouped(Measure.median(wallRates)))); "
              + "load time by the wall clock; medians of \(runs) runs.\n")
        for report in reports { print(report) }
    }

    private func loadRecognizer() throws -> EntityRecognizer {
        (try model.map { try EntityRecognizer.loading(model: URL(fileURLWithPath: $0)) } ?? EntityRecognizer.shipped())
            .disablingRepairs(Set(without))
    }

    /// A CoNLL file with the first letter of every token in capitals, tags untouched.
    static func capitalizingEveryWord(_ conll: String) -> String {
        conll.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("-DOCSTART-") ? String(line) : line.prefix(1).uppercased() + line.dropFirst()
        }.joined(separator: "\n")
    }
}

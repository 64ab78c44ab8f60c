import ArgumentParser
import DossierKit
import Foundation

/// `dossier-bench ner CONLL`: tags a CoNLL file, scores it with the shared scorer, and
/// measures words per second on one core and the model's load time and memory.
/// `--capitalized` first capitalizes every word of the file, as a web headline in title case
/// is written, and scores against the same tags: a stress test of title case.
///
///     swift run -c release dossier-bench ner ../shared/data/ner/conll2003/eng.testa
///     swift run -c release dossier-bench ner ../shared/data/ner/conll2003/eng.testa --capitalized --runs 1
struct RecognitionBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ner", abstract: "Score and time entity recognition.")

    @Argument(help: "A CoNLL file with gold tags, e.g. ../shared/data/ner/conll2003/eng.testa.")
    var data: String

    @Option(help: "The entity scorer.")
    var scorer = "../shared/tools/score_ner.py"

    @Option(help: "Timed runs; the median is reported.")
    var runs = 15

    @Flag(help: "Capitalize every word of the file first (a stress test of title-case headlines).")
    var capitalized = false

    func run() throws {
        guard let bytes = FileManager.default.contents(atPath: data) else { throw ValidationError("cannot read \(data)") }
        var input = TextDecoding.decode([UInt8](bytes))
        if capitalized { input = Self.capitalizingEveryWord(input) }

        let residentBefore = Measure.residentBytes()
        var recognizer = try EntityRecognizer.shipped()
        let loadMemory = Measure.residentBytes() - residentBefore
        var loadTimes: [Double] = []
        for _ in 0..<runs {
            let (loaded, seconds) = try Measure.time { try EntityRecognizer.shipped() }
            recognizer = loaded
            loadTimes.append(seconds)
        }

        let tagged = CoNLLTagging.tag(input, with: recognizer)
        let words = input.split(separator: "\n").filter { !$0.isEmpty && !$0.hasPrefix("-DOCSTART-") }.count
        var rates: [Double] = [], wallRates: [Double] = []
        for _ in 0..<runs {
            let ((_, seconds), wallSeconds) = Measure.time { Measure.processorTime { CoNLLTagging.tag(input, with: recognizer) } }
            rates.append(Double(words) / seconds)
            wallRates.append(Double(words) / wallSeconds)
        }

        let scores = try score(tagged, against: input)
        let file = URL(fileURLWithPath: data).lastPathComponent + (capitalized ? ", every word capitalized," : "")
        let rows: [(String, String, String, String)] = [
            ("\(file) PER F1", "0.734", "≥ 0.93", scores["PER"] ?? "?"),
            ("\(file) LOC F1", "0.767", "≥ 0.92", scores["LOC"] ?? "?"),
            ("\(file) overall F1", "0.647", "≥ 0.88", scores["overall"] ?? "?"),
            ("words per second, one core", "about 7,900", "≥ 750,000", Measure.grouped(Measure.median(rates))),
            ("model load time", "", "< 0.3 s", String(format: "%.3f s", Measure.median(loadTimes))),
            ("model load memory", "", "< 100 MB", String(format: "%.1f MB", Double(loadMemory) / 1_000_000)),
        ]
        print("| measure | anchor: spaCy en_core_web_sm 3.8 | target | Dossier |")
        print("|---|---|---|---|")
        for row in rows { print("| \(row.0) | \(row.1) | \(row.2) | \(row.3) |") }
        print("\n\(words) words; words per second from this thread's processor time (by the wall clock: "
              + "\(Measure.grouped(Measure.median(wallRates))), which counts time other processes took the core);")
        print("load time by the wall clock; medians of \(runs) runs. Scorer output:\n\(scores["report"] ?? "")")
    }

    /// A CoNLL file with the first letter of every token in capitals, tags untouched.
    static func capitalizingEveryWord(_ conll: String) -> String {
        conll.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("-DOCSTART-") ? String(line) : line.prefix(1).uppercased() + line.dropFirst()
        }.joined(separator: "\n")
    }

    /// Runs the shared scorer on the tagged text and reads its F1 column.
    private func score(_ tagged: String, against input: String) throws -> [String: String] {
        guard FileManager.default.fileExists(atPath: scorer) else {
            throw ValidationError("no scorer at \(scorer) (it lives in ../shared/tools); run from the package root")
        }
        let folder = FileManager.default.temporaryDirectory
        let predicted = folder.appendingPathComponent("dossier-ner-\(getpid()).conll")
        let gold = folder.appendingPathComponent("dossier-ner-gold-\(getpid()).conll")
        try tagged.write(to: predicted, atomically: true, encoding: .utf8)
        try input.write(to: gold, atomically: true, encoding: .utf8)
        defer {
            try? FileManager.default.removeItem(at: predicted)
            try? FileManager.default.removeItem(at: gold)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", scorer, gold.path, predicted.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        var result = ["report": output]
        for line in output.split(separator: "\n") {
            let fields = line.split(separator: " ")
            if let name = fields.first, let f1 = fields.firstIndex(of: "F1"), f1 + 1 < fields.count {
                result[String(name)] = String(fields[f1 + 1])
            }
        }
        return result
    }
}

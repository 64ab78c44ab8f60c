import ArgumentParser
import DossierKit
import Foundation

/// `dossier-bench ner CONLL`: tags a CoNLL file, scores it with the shared scorer, and
/// measures words per second on one core and the model's load time and memory.
///
///     swift run -c release dossier-bench ner ../shared/data/ner/conll2003/eng.testa
struct RecognitionBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ner", abstract: "Score and time entity recognition.")

    @Argument(help: "A CoNLL file with gold tags, e.g. ../shared/data/ner/conll2003/eng.testa.")
    var data: String

    @Option(help: "The entity scorer.")
    var scorer = "../shared/tools/score_ner.py"

    @Option(help: "Timed runs; the median is reported.")
    var runs = 15

    func run() throws {
        guard let bytes = FileManager.default.contents(atPath: data) else { throw ValidationError("cannot read \(data)") }
        let input = TextDecoding.decode([UInt8](bytes))

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

        let scores = try score(tagged)
        let rows: [(String, String, String, String)] = [
            ("eng.testa PER F1", "0.734", "≥ 0.93", scores["PER"] ?? "?"),
            ("eng.testa LOC F1", "0.767", "≥ 0.92", scores["LOC"] ?? "?"),
            ("eng.testa overall F1", "0.647", "≥ 0.88", scores["overall"] ?? "?"),
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

    /// Runs the shared scorer on the tagged text and reads its F1 column.
    private func score(_ tagged: String) throws -> [String: String] {
        guard FileManager.default.fileExists(atPath: scorer) else {
            throw ValidationError("no scorer at \(scorer) (it lives in ../shared/tools); run from the package root")
        }
        let predicted = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-ner-\(getpid()).conll")
        try tagged.write(to: predicted, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: predicted) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", scorer, data, predicted.path]
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

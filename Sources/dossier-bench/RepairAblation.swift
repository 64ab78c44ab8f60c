import ArgumentParser
import DossierKit
import Foundation

/// `dossier-bench ablation [DATA]`: switches each repair pass off in turn and prints what
/// each one is worth on every half of every development set: F1 with every pass minus F1
/// without it (positive: the pass helps), overall and for people. A pass earns its place by
/// helping on the halves it was not written for.
///
///     swift run -c release dossier-bench ablation ../shared/data/ner
struct RepairAblation: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ablation",
                                                    abstract: "What each repair pass is worth on each development set.")

    @Argument(help: "The NER data folder (../shared/data/ner).")
    var data = "../shared/data/ner"

    @Option(help: "The entity scorer.")
    var scorer = "../shared/tools/score_ner.py"

    @Option(help: "A model file to measure instead of the shipped one.")
    var model: String?

    func run() throws {
        let full = try model.map { try EntityRecognizer.loading(model: URL(fileURLWithPath: $0)) } ?? EntityRecognizer.shipped()
        var parts: [(name: String, text: String, labels: Set<String>)] = []
        for set in try NERSets.sets(at: data) {
            let input = try NERSets.read(set.path)
            for half in DataHalf.allCases {
                parts.append(("\(set.name) \(half.rawValue) (\(set.role(half)))", half.select(fromCoNLL: input), NERSets.labels(in: input)))
            }
        }
        func scores(_ recognizer: EntityRecognizer) throws -> [(overall: Double, person: Double)] {
            try parts.map { part in
                let result = try NERScore.score(CoNLLTagging.tag(part.text, with: recognizer, labels: part.labels), gold: part.text, scorer: scorer)
                return (Double(result["overall"] ?? "") ?? 0, Double(result["PER"] ?? "") ?? 0)
            }
        }
        let baseline = try scores(full)
        print("F1 with every pass, overall / PER:")
        for (part, score) in zip(parts, baseline) { print("  \(part.name): \(String(format: "%.3f / %.3f", score.overall, score.person))") }
        print("\nWhat each pass is worth: F1 with it minus F1 without it, overall / PER (positive: it helps)\n")
        print("| pass | " + parts.map(\.name).joined(separator: " | ") + " |")
        print("|---|" + String(repeating: "---:|", count: parts.count))
        for name in EntityRecognizer.repairNames {
            let without = try scores(full.disablingRepairs([name]))
            let cells = zip(baseline, without).map { String(format: "%+.3f / %+.3f", $0.overall - $1.overall, $0.person - $1.person) }
            print("| \(name) | " + cells.joined(separator: " | ") + " |")
        }
    }
}

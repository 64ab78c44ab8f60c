import ArgumentParser
import DossierKit
import Foundation

/// `dossier-train`: trains the shipped recognition model from the recipe in
/// `TrainingRecipe.shipped`.
///
///     swift run -c release dossier-train ../shared/data/ner
struct DossierTrain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier-train",
        abstract: "Train Dossier's entity tagger (run with -c release).",
        discussion: """
            Trains an averaged perceptron on the recipe's training files (CoNLL-2003 eng.train, WNUT-17 \
            train, the Broad Twitter Corpus, half A of UNER English-EWT dev) in a seeded order, scores it \
            on half A of each development set after each pass and writes the best pass's weights (feature \
            hashes and quantized weights only, no text). Half B of each development set is never read. \
            The same files, seed and passes give the same model.
            """
    )

    @Argument(help: "The folder of the NER data sets, e.g. ../shared/data/ner.")
    var data = "../shared/data/ner"

    @Option(help: "Where to write the model.")
    var output = "Sources/DossierKit/Resources/ner-model.bin"

    @Option(help: "Passes over the training files.")
    var epochs = 10

    @Option(help: "Seed of the training order.")
    var seed: UInt64 = 2003

    @Option(help: "Leave out features whose largest averaged weight is below this.")
    var pruning: Float = 0.05

    @Option(help: "Capitalize one sentence of running text in this many, word by word, as web headlines are written.")
    var capitalizedSentenceOdds: UInt64 = 20

    @Option(help: "Train only on the recipe's files whose path contains one of these (for experiments).")
    var only: [String] = []

    @Option(help: "Read the newswire training file this many times a pass (for experiments).")
    var newswireRepeats: Int?

    func run() throws {
        var recipe = TrainingRecipe.shipped
        if let newswireRepeats { recipe.training[0].repeats = newswireRepeats }
        if !only.isEmpty { recipe.training = recipe.training.filter { source in only.contains { source.path.contains($0) } } }
        var options = TaggerTraining.Options()
        options.capitalizedSentenceOdds = capitalizedSentenceOdds
        options.epochs = epochs
        options.seed = seed
        options.pruningThreshold = pruning
        let started = Date()
        let result = try TaggerTraining.train(recipe: recipe, data: data, options: options) { line in
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }
        try result.model.write(to: URL(fileURLWithPath: output))
        print("best pass \(result.bestEpoch): \(result.featureCount) features, \(result.model.count) bytes → \(output)"
              + String(format: " (%.0f s)", Date().timeIntervalSince(started)))
        for (name, scores) in result.tuningScores { print("\(name):\n\(scores)") }
    }
}

DossierTrain.main()

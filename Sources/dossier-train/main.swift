import ArgumentParser
import DossierKit
import Foundation

/// `dossier-train`: trains the shipped recognition model.
///
///     swift run -c release dossier-train ../shared/data/ner/conll2003/eng.train \
///         ../shared/data/ner/conll2003/eng.testa
struct DossierTrain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier-train",
        abstract: "Train Dossier's entity tagger (run with -c release).",
        discussion: """
            Trains an averaged perceptron on the training file in a seeded order, scores it on the \
            development file after each pass and writes the best pass's weights (feature hashes and \
            quantized weights only, no text). The same files, seed and passes give the same model.
            """
    )

    @Argument(help: "CoNLL-2003 training file, e.g. ../shared/data/ner/conll2003/eng.train.")
    var training: String

    @Argument(help: "CoNLL-2003 development file for choosing the pass, e.g. ../shared/data/ner/conll2003/eng.testa.")
    var development: String

    @Option(help: "Where to write the model.")
    var output = "Sources/DossierKit/Resources/ner-model.bin"

    @Option(help: "Passes over the training file.")
    var epochs = 15

    @Option(help: "Seed of the training order.")
    var seed: UInt64 = 2003

    @Option(help: "Leave out features whose largest averaged weight is below this.")
    var pruning: Float = 0.02

    @Option(help: "Capitalize one sentence of running text in this many, word by word, as web headlines are written.")
    var capitalizedSentenceOdds: UInt64 = 20

    func run() throws {
        var options = TaggerTraining.Options()
        options.capitalizedSentenceOdds = capitalizedSentenceOdds
        options.epochs = epochs
        options.seed = seed
        options.pruningThreshold = pruning
        let result = try TaggerTraining.train(trainingFile: training, developmentFile: development, options: options) { line in
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }
        try result.model.write(to: URL(fileURLWithPath: output))
        print("best pass \(result.bestEpoch): \(result.featureCount) features, \(result.model.count) bytes → \(output)")
        print(result.developmentScores)
    }
}

DossierTrain.main()

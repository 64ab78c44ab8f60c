import Foundation

/// Trains the shipped tagger from CoNLL-2003 files: `dossier-train` calls this.
///
/// Trains for up to `epochs` passes over the training file in a seeded order, scores the
/// averaged weights on the development file after each pass, and keeps the best pass.
public enum TaggerTraining {
    public struct Options: Sendable {
        public var epochs = 15
        public var seed: UInt64 = 2003
        /// Rows whose largest averaged weight is smaller are left out of the shipped model.
        public var pruningThreshold: Float = 0.02
        /// One sentence of running text in this many is capitalized word by word for training.
        public var capitalizedSentenceOdds: UInt64 = 20
        public init() {}
    }

    public struct Result: Sendable {
        /// The model file's bytes.
        public let model: Data
        public let bestEpoch: Int
        public let developmentScores: EntityScores
        public let featureCount: Int
    }

    public static func train(trainingFile: String, developmentFile: String, options: Options = Options(),
                             log: (String) -> Void) throws -> Result {
        let gazetteers = try Gazetteers.shipped()
        var generator = SeededGenerator(seed: options.seed)
        let training = prepared(try read(trainingFile), gazetteers: gazetteers,
                                capitalizedSentenceOdds: options.capitalizedSentenceOdds, generator: &generator)
        let development = try read(developmentFile)
        log("\(training.count) training documents, \(development.count) development documents")

        var trainer = PerceptronTrainer()
        var best: (epoch: Int, f1: Double, features: [UInt64], weights: [SIMD16<Float>], scores: EntityScores)?
        for epoch in 1...options.epochs {
            trainer.train(on: training.shuffled(using: &generator))
            let averaged = trainer.averaged(threshold: options.pruningThreshold)
            let tagger = SequenceTagger(model: TaggerModel(features: averaged.features, weights: averaged.weights), gazetteers: gazetteers)
            let scores = evaluate(tagger, on: development)
            log("epoch \(epoch): development F1 \(String(format: "%.4f", scores.overall.f1)), \(averaged.features.count) features")
            if scores.overall.f1 > best?.f1 ?? -1 {
                best = (epoch, scores.overall.f1, averaged.features, averaged.weights, scores)
            }
        }
        let chosen = best!
        return Result(model: TaggerModel.serialize(features: chosen.features, weights: chosen.weights),
                      bestEpoch: chosen.epoch, developmentScores: chosen.scores, featureCount: chosen.features.count)
    }

    /// Scores a tagger on CoNLL documents.
    static func evaluate(_ tagger: SequenceTagger, on documents: [CoNLLDocument]) -> EntityScores {
        var scores = EntityScores()
        var scorer = ModelScorer(model: tagger.model)
        for document in documents {
            let predicted = tagger.tag(sentences: document.sentences, with: &scorer)
            for (gold, tags) in zip(document.tags, predicted) { scores.add(gold: gold, predicted: tags) }
        }
        return scores
    }

    static func read(_ path: String) throws -> [CoNLLDocument] {
        guard let data = FileManager.default.contents(atPath: path) else { throw DossierError.missingPath(path) }
        return try CoNLLDocument.documents(in: TextDecoding.decode([UInt8](data)), path: path)
    }

    /// The training documents ready for the trainer, some sentences written as the web writes
    /// headlines (see `HeadlineCasing`), chosen by `generator`: in one document in four, the
    /// headlines in capitals in title case; in every document, one sentence of running text in
    /// `capitalizedSentenceOdds` with every word capitalized (small words too in half of those),
    /// so that the tagger learns to read such a sentence by the rest of its document.
    private static func prepared(_ documents: [CoNLLDocument], gazetteers: Gazetteers, capitalizedSentenceOdds: UInt64,
                                 generator: inout SeededGenerator) -> [(document: TaggingDocument, gold: [EntityTag])] {
        documents.map { document in
            let titleCasesHeadlines = generator.next() % 4 == 0
            let acronyms = HeadlineCasing.acronyms(in: document)
            let sentences = document.sentences.map { sentence in
                if HeadlineCasing.isInCapitals(sentence) {
                    return titleCasesHeadlines ? HeadlineCasing.titleCased(sentence, keeping: acronyms) : sentence
                }
                let draw = generator.next()
                guard draw % capitalizedSentenceOdds == 0 else { return sentence }
                return HeadlineCasing.capitalized(sentence, smallWordsToo: draw / capitalizedSentenceOdds % 2 == 0)
            }
            return (TaggingDocument(TokenizedText(sentences: sentences), gazetteers: gazetteers), document.tags.flatMap { $0 })
        }
    }
}

import Foundation

/// Trains the shipped tagger from a `TrainingRecipe`: `dossier-train` calls this.
///
/// Trains for up to `epochs` passes over the training documents in a seeded order, scores
/// the averaged weights on the tuning halves after each pass (the mean of their overall F1,
/// each over the types its set annotates), and keeps the best pass.
public enum TaggerTraining {
    public struct Options: Sendable {
        public var epochs = 10
        public var seed: UInt64 = 2003
        /// Rows whose largest averaged weight is smaller are left out of the shipped model.
        public var pruningThreshold: Float = 0.05
        /// One sentence of running text in this many is capitalized word by word for training.
        public var capitalizedSentenceOdds: UInt64 = 20
        public init() {}
    }

    public struct Result: Sendable {
        /// The model file's bytes.
        public let model: Data
        public let bestEpoch: Int
        /// The best pass's scores on each tuning half, by set name.
        public let tuningScores: [(name: String, scores: EntityScores)]
        public let featureCount: Int
    }

    /// - Parameter data: the folder the recipe's paths are relative to (`../shared/data/ner`).
    public static func train(recipe: TrainingRecipe = .shipped, data: String, options: Options = Options(),
                             log: (String) -> Void) throws -> Result {
        let gazetteers = try Gazetteers.shipped()
        var generator = SeededGenerator(seed: options.seed)
        var training: [TrainingDocument] = []
        for source in recipe.training {
            let documents = try read(path(source.path, in: data), half: source.half).map { $0.untaggingHandles() }
            for _ in 0..<source.repeats {
                training += prepared(documents, partialMiscellaneous: !source.annotatesMiscellaneousAsCoNLL, gazetteers: gazetteers,
                                     capitalizedSentenceOdds: options.capitalizedSentenceOdds, generator: &generator)
            }
        }
        let tuning = try recipe.tuning.map { set, half in
            let documents = try read(path(set.path, in: data), half: half)
            return (name: "\(set.name) \(half.rawValue)", documents: documents, types: CoNLLDocument.annotatedTypes(in: documents))
        }
        log("\(training.count) training documents (\(training.reduce(0) { $0 + $1.gold.count }) tokens); tuning on "
            + tuning.map { "\($0.name) (\($0.documents.count) documents)" }.joined(separator: ", "))

        var trainer = PerceptronTrainer()
        var best: (epoch: Int, f1: Double, features: [UInt64], weights: [SIMD16<Float>], scores: [(name: String, scores: EntityScores)])?
        for epoch in 1...options.epochs {
            trainer.train(on: training.shuffled(using: &generator))
            let averaged = trainer.averaged(threshold: options.pruningThreshold)
            let tagger = SequenceTagger(model: TaggerModel(features: averaged.features, weights: averaged.weights), gazetteers: gazetteers)
            let scores = tuning.map { (name: $0.name, scores: evaluate(tagger, on: $0.documents, types: $0.types)) }
            let mean = scores.reduce(0) { $0 + $1.scores.overall.f1 } / Double(max(1, scores.count))
            log("epoch \(epoch): mean tuning F1 \(String(format: "%.4f", mean)) ("
                + scores.map { "\($0.name) \(String(format: "%.3f", $0.scores.overall.f1))" }.joined(separator: ", ")
                + "), \(averaged.features.count) features")
            if mean > best?.f1 ?? -1 {
                best = (epoch, mean, averaged.features, averaged.weights, scores)
            }
        }
        let chosen = best!
        return Result(model: TaggerModel.serialize(features: chosen.features, weights: chosen.weights),
                      bestEpoch: chosen.epoch, tuningScores: chosen.scores, featureCount: chosen.features.count)
    }

    /// Scores a tagger on CoNLL documents, over `types` (those the gold annotates).
    static func evaluate(_ tagger: SequenceTagger, on documents: [CoNLLDocument],
                         types: Set<EntityTag.EntityType> = Set(EntityTag.EntityType.allCases)) -> EntityScores {
        var scores = EntityScores()
        var scorer = ModelScorer(model: tagger.model)
        for document in documents {
            let predicted = tagger.tag(sentences: document.sentences, with: &scorer)
            for (gold, tags) in zip(document.tags, predicted) { scores.add(gold: gold, predicted: tags, types: types) }
        }
        return scores
    }

    /// The documents of a CoNLL file, or of one half of it (see `DataHalf`).
    static func read(_ path: String, half: DataHalf? = nil) throws -> [CoNLLDocument] {
        guard let data = FileManager.default.contents(atPath: path) else { throw DossierError.missingPath(path) }
        var text = TextDecoding.decode([UInt8](data))
        if let half { text = half.select(fromCoNLL: text) }
        return try CoNLLDocument.documents(in: text, path: path)
    }

    static func path(_ relative: String, in data: String) -> String {
        URL(fileURLWithPath: data).appendingPathComponent(relative).path
    }

    /// The training documents ready for the trainer, some sentences written as the web writes
    /// headlines (see `HeadlineCasing`), chosen by `generator`: in one document in four, the
    /// headlines in capitals in title case; in every document, one sentence of running text in
    /// `capitalizedSentenceOdds` with every word capitalized (small words too in half of those),
    /// so that the tagger learns to read such a sentence by the rest of its document.
    private static func prepared(_ documents: [CoNLLDocument], partialMiscellaneous: Bool, gazetteers: Gazetteers,
                                 capitalizedSentenceOdds: UInt64, generator: inout SeededGenerator) -> [TrainingDocument] {
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
            return TrainingDocument(document: TaggingDocument(TokenizedText(sentences: sentences), gazetteers: gazetteers),
                                    gold: document.tags.flatMap { $0 }, partialMiscellaneous: partialMiscellaneous)
        }
    }
}

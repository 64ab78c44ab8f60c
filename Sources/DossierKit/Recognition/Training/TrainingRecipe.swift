/// Which data trains the shipped model, which tunes it (chooses its pass) and which only
/// measures it. `dossier-train` and `dossier-bench` read the same recipe, so that a figure
/// is never reported on the documents the model learned from without saying so.
public struct TrainingRecipe: Sendable {
    /// A file to train on, or one half of it.
    public struct Source: Sendable {
        /// Path relative to the data folder (`../shared/data/ner`).
        public var path: String
        public var half: DataHalf?
        /// The file annotates MISC as CoNLL-2003 does (nationalities, events, works). Where it
        /// does not (UNER and the Broad Twitter Corpus tag no MISC; WNUT-17 tags products and
        /// creative works but no nationalities), a MISC guess over an untagged word is not
        /// counted as an error in training.
        public var annotatesMiscellaneousAsCoNLL: Bool
        /// Times the file is read in each pass.
        public var repeats: Int

        public init(_ path: String, half: DataHalf? = nil, annotatesMiscellaneousAsCoNLL: Bool, repeats: Int = 1) {
            self.path = path
            self.half = half
            self.annotatesMiscellaneousAsCoNLL = annotatesMiscellaneousAsCoNLL
            self.repeats = repeats
        }
    }

    /// A development set: half A tunes (or, for `trainedHalf`, trains and tunes), half B only
    /// measures.
    public struct DevelopmentSet: Sendable {
        public var name: String
        public var path: String
        /// The half the recipe also trains on, if any.
        public var trainedHalf: DataHalf?

        public init(name: String, path: String, trainedHalf: DataHalf? = nil) {
            self.name = name
            self.path = path
            self.trainedHalf = trainedHalf
        }

        /// What a half of this set is used for: "trained, tuned", "tuned" or "measured only".
        public func role(of half: DataHalf?) -> String {
            guard let half else { return trainedHalf == nil ? "tuned on half" : "trained on half" }
            if half == trainedHalf { return "trained, tuned" }
            return half == .a ? "tuned" : "measured only"
        }
    }

    public var training: [Source]
    public var development: [DevelopmentSet]

    /// The development sets' halves that choose the training pass: half A of every set the
    /// recipe does not train on.
    public var tuning: [(set: DevelopmentSet, half: DataHalf)] { development.filter { $0.trainedHalf != .a }.map { ($0, .a) } }

    public init(training: [Source], development: [DevelopmentSet]) {
        self.training = training
        self.development = development
    }

    /// The recipe of the shipped model: newswire (CoNLL-2003 eng.train, read twice a pass:
    /// once gave 0.6604 mean tuning F1 at its best pass, twice 0.6680, three times 0.6610), social media
    /// (WNUT-17 train, the Broad Twitter Corpus) and half A of the web text of UNER English-EWT
    /// dev.
    public static let shipped = TrainingRecipe(
        training: [
            Source("conll2003/eng.train", annotatesMiscellaneousAsCoNLL: true, repeats: 2),
            Source("wnut17/wnut17-train.conll", annotatesMiscellaneousAsCoNLL: false),
        ] + ["a", "b", "e", "f", "g", "h"].map { Source("btc/btc-\($0).conll", annotatesMiscellaneousAsCoNLL: false) }
          + [Source("uner-ewt-dev/en_ewt-ud-dev.conll", half: .a, annotatesMiscellaneousAsCoNLL: false)],
        development: [
            DevelopmentSet(name: "eng.testa", path: "conll2003/eng.testa"),
            DevelopmentSet(name: "uner-ewt-dev", path: "uner-ewt-dev/en_ewt-ud-dev.conll", trainedHalf: .a),
            DevelopmentSet(name: "wnut17-dev", path: "wnut17/wnut17-dev.conll"),
        ])
}

/// Trains the tagger: an averaged perceptron over `FeatureTemplates`, decoding greedily
/// with its own predictions as the previous tags, as the tagger will at run time.
///
/// Training is reproducible: the documents are shuffled by a generator with a fixed seed,
/// and nothing else depends on order or time.
struct PerceptronTrainer: TagScorer {
    private var rows = HashTable(minimumCapacity: 1 << 20)
    private var weights: [SIMD16<Float>] = []
    /// Running sums of each row's weights over every step, for the average.
    private var totals: [SIMD16<Float>] = []
    /// The step at which each row's running sum was last brought up to date.
    private var stamps: [Int] = []
    private var step = 0
    private var gold: [EntityTag] = []
    private var partialMiscellaneous = false
    private var features: [UInt64] = []

    /// One pass over `documents` (each with its gold tags, one per token). Where a document's
    /// set does not annotate MISC as CoNLL-2003 does (`partialMiscellaneous`), a MISC guess over
    /// an untagged word is no error: the set never said what that word is.
    mutating func train(on documents: [TrainingDocument]) {
        for document in documents {
            gold = document.gold
            partialMiscellaneous = document.partialMiscellaneous
            _ = GreedyDecoder.tag(document.document, with: &self)
        }
    }

    mutating func scores(_ document: TaggingDocument, _ position: Int, sentence: Range<Int>, previous: Int,
                         beforePrevious: Int, history: Int) -> SIMD16<Float> {
        features.removeAll(keepingCapacity: true)
        FeatureTemplates.all(document, position, sentence: sentence, previous: previous, beforePrevious: beforePrevious,
                             history: history, into: &features)
        var scores = SIMD16<Float>.zero
        for feature in features {
            if let row = rows[feature] { scores += weights[Int(row)] }
        }
        return scores
    }

    mutating func decided(_ tag: EntityTag, at position: Int) {
        step += 1
        let truth = gold[position]
        guard tag != truth, !(partialMiscellaneous && truth == .outside && tag.type == .miscellaneous) else { return }
        for feature in features {
            let row = self.row(for: feature)
            totals[row] += weights[row] * Float(step - stamps[row])
            stamps[row] = step
            weights[row][truth.rawValue] += 1
            weights[row][tag.rawValue] -= 1
        }
    }

    private mutating func row(for feature: UInt64) -> Int {
        if let row = rows[feature] { return Int(row) }
        let row = weights.count
        rows[feature] = Int32(row)
        weights.append(.zero)
        totals.append(.zero)
        stamps.append(step)
        return row
    }

    /// The averaged weights, leaving out rows whose largest weight is below `threshold`.
    func averaged(threshold: Float) -> (features: [UInt64], weights: [SIMD16<Float>]) {
        var kept: [(UInt64, SIMD16<Float>)] = []
        let steps = Float(max(step, 1))
        for (feature, row) in rows.entries {
            let row = Int(row)
            let average = (totals[row] + weights[row] * Float(step - stamps[row])) / steps
            var largest: Float = 0
            for tag in 0..<EntityTag.count { largest = max(largest, abs(average[tag])) }
            if largest >= threshold { kept.append((feature, average)) }
        }
        kept.sort { $0.0 < $1.0 }
        return (kept.map(\.0), kept.map(\.1))
    }
}

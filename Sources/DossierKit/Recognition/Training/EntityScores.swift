import Foundation

/// Entity-level precision, recall and F1 per type, as conlleval counts them: a name is
/// found when its type and both ends match the gold name exactly.
public struct EntityScores: Sendable, CustomStringConvertible {
    public struct Counts: Sendable {
        public var truePositives = 0, falsePositives = 0, falseNegatives = 0
        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        public var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }
        private func ratio(_ a: Int, _ b: Int) -> Double { b > 0 ? Double(a) / Double(b) : 0 }
    }

    /// Counts per type label ("PER", "LOC", "ORG", "MISC").
    public private(set) var byType: [String: Counts] = [:]
    public private(set) var overall = Counts()

    init() {}

    /// Adds one sentence's gold and predicted tags; predicted names of a type outside `types`
    /// (those the gold set annotates) are left out.
    mutating func add(gold: [EntityTag], predicted: [EntityTag], types: Set<EntityTag.EntityType> = Set(EntityTag.EntityType.allCases)) {
        let goldNames = Set(NameSpan.spans(in: gold)), predictedNames = Set(NameSpan.spans(in: predicted).filter { types.contains($0.type) })
        for name in goldNames.union(predictedNames) {
            let inGold = goldNames.contains(name), inPrediction = predictedNames.contains(name)
            let label = name.type.label
            var counts = byType[label, default: Counts()]
            if inGold && inPrediction {
                counts.truePositives += 1; overall.truePositives += 1
            } else if inPrediction {
                counts.falsePositives += 1; overall.falsePositives += 1
            } else {
                counts.falseNegatives += 1; overall.falseNegatives += 1
            }
            byType[label] = counts
        }
    }

    public var description: String {
        (byType.keys.sorted().map { ($0, byType[$0]!) } + [("overall", overall)]).map { label, counts in
            "\(label.padding(toLength: 8, withPad: " ", startingAt: 0)) precision \(format(counts.precision))  recall \(format(counts.recall))  F1 \(format(counts.f1))"
        }.joined(separator: "\n")
    }

    private func format(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        return "\(thousandths / 1000).\(String(thousandths % 1000).leftPadded(to: 3))"
    }
}

private extension String {
    func leftPadded(to length: Int) -> String { String(repeating: "0", count: max(0, length - count)) + self }
}

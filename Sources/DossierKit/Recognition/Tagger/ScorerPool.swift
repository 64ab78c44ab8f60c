import Foundation

/// Scorers lent to the articles being tagged, one at a time each, and taken back after.
///
/// A `ModelScorer` keeps the summed weights of every word it has seen; made afresh for each
/// article it computes them again for "the", "said" and every other common word, about a
/// seventh of all processing. Lent from a pool, a scorer carries them from article to
/// article on whichever thread tags next. The scores do not depend on what a scorer has seen
/// (its sums are integers, kept by everything the features read), so results are the same.
final class ScorerPool: @unchecked Sendable {
    private let model: TaggerModel
    private let lock = NSLock()
    private var idle: [ModelScorer] = []

    init(model: TaggerModel) {
        self.model = model
    }

    /// Runs `body` with a scorer no other thread holds meanwhile.
    func withScorer<Result>(_ body: (inout ModelScorer) -> Result) -> Result {
        lock.lock()
        var scorer = idle.popLast() ?? ModelScorer(model: model)
        lock.unlock()
        let result = body(&scorer)
        lock.lock()
        idle.append(scorer)
        lock.unlock()
        return result
    }
}

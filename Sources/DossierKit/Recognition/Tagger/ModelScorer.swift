/// Scores positions with a trained model.
///
/// Most features read one token alone, at the position or as a neighbour
/// (`FeatureTemplates.token`, `.neighbor`), and a word comes back again and again, so their
/// summed weights are kept per word-in-context (the word with every flag those features
/// read): five sums, for the word at the position and at offsets -2, -1, +1 and +2. The
/// features that read the word with the previous tag or the document's history of it
/// (`FeatureTemplates.tagged`) are kept per word-in-context, tag and history as they come up,
/// and those of two tags (`tagPair`) once for all. The word pairs (`FeatureTemplates.pairs`)
/// are looked up per position. The scores are the same as summing `FeatureTemplates.all`.
struct ModelScorer: TagScorer, FeatureSink {
    let model: TaggerModel
    private var rows = HashTable(minimumCapacity: 4096)
    /// Five sums a row: token, then as neighbour at -2, -1, +1, +2.
    private var sums: [SIMD16<Int32>] = []
    /// The row of each token of the current document.
    private var tokenRows: [Int32] = []
    private let beforeRow: Int32, afterRow: Int32
    /// The rows of `TokenView.fullStops`.
    private let fullStopRows: [Int32]
    /// `FeatureTemplates.tagged` sums by row, previous tag and history.
    private var taggedRows = HashTable(minimumCapacity: 4096)
    private var taggedSums: [SIMD16<Int32>] = []
    /// `FeatureTemplates.tagPair` sums, by previous tag × (EntityTag.count + 1) + the one before.
    private var tagPairSums: [SIMD16<Int32>] = []
    /// The running sum `add` adds to.
    private var total = SIMD16<Int32>.zero

    /// Rows kept before the cache starts again, to bound its memory (320 bytes a row).
    private static let capacity = 1 << 16

    init(model: TaggerModel) {
        self.model = model
        beforeRow = 0
        afterRow = 1
        fullStopRows = [2, 3, 4]
        sums.reserveCapacity(5 * 1024)
        for view in [TokenView.beforeSentence, .afterSentence] + TokenView.fullStops { appendRow(for: view) }
        for previous in 0...EntityTag.count {
            for beforePrevious in 0...EntityTag.count {
                total = .zero
                FeatureTemplates.tagPair(previous, beforePrevious, into: &self)
                tagPairSums.append(total)
            }
        }
    }

    mutating func begin(_ document: TaggingDocument) {
        if rows.count + document.views.count > Self.capacity {
            rows = HashTable(minimumCapacity: 4096)
            sums.removeSubrange(((2 + TokenView.fullStops.count) * 5)...)
            taggedRows = HashTable(minimumCapacity: 4096)
            taggedSums.removeAll(keepingCapacity: true)
        }
        tokenRows.removeAll(keepingCapacity: true)
        for view in document.views {
            let key = Self.key(view)
            if let row = rows[key] {
                tokenRows.append(row)
            } else {
                let row = appendRow(for: view)
                rows[key] = row
                tokenRows.append(row)
            }
        }
    }

    mutating func scores(_ document: TaggingDocument, _ position: Int, sentence: Range<Int>, previous: Int,
                         beforePrevious: Int, history: Int) -> SIMD16<Float> {
        let openEnding = document.openEnding(of: sentence)
        func row(_ index: Int) -> Int {
            if index < sentence.lowerBound { return Int(beforeRow) }
            if index == sentence.upperBound, let openEnding { return Int(fullStopRows[Int(openEnding)]) }
            return Int(index >= sentence.upperBound ? afterRow : tokenRows[index])
        }
        let current = row(position)
        let taggedKey = FeatureHash.mix(UInt64(current), UInt64(previous) << 8 | UInt64(history))
        let tagged: Int
        if let found = taggedRows[taggedKey] {
            tagged = Int(found)
        } else {
            total = .zero
            FeatureTemplates.tagged(document.views[position], previous: previous, history: history, into: &self)
            tagged = taggedSums.count
            taggedRows[taggedKey] = Int32(tagged)
            taggedSums.append(total)
        }
        total = sums.withUnsafeBufferPointer { sums in
            sums[current * 5] &+ sums[row(position - 2) * 5 + 1] &+ sums[row(position - 1) * 5 + 2]
                &+ sums[row(position + 1) * 5 + 3] &+ sums[row(position + 2) * 5 + 4]
        }
        total &+= taggedSums[tagged] &+ tagPairSums[previous * (EntityTag.count + 1) + beforePrevious]
        FeatureTemplates.pairs(document, position, sentence: sentence, into: &self)
        return SIMD16<Float>(total) * model.scale
    }

    @inline(__always)
    mutating func add(_ feature: UInt64) {
        model.add(feature, to: &total)
    }

    /// Everything `FeatureTemplates.token` and `.neighbor` read of a token. The word's hash
    /// alone does not decide its flags: it is taken with dashes and quotes folded, so "—" and
    /// "--" share it but only the second has a hyphen.
    private static func key(_ view: TokenView) -> UInt64 {
        FeatureHash.mix(view.word.exact, UInt64(view.gazetteer.rawValue) | UInt64(view.sentenceCasing) << 16
            | UInt64(view.documentCasing) << 20 | (view.isFirstInSentence ? 1 << 24 : 0) | (view.isSurnameInDocument ? 1 << 25 : 0)
            | (view.isCommonWord ? 1 << 26 : 0) | UInt64(view.word.flags.rawValue) << 32)
    }

    @discardableResult
    private mutating func appendRow(for view: TokenView) -> Int32 {
        let row = Int32(sums.count / 5)
        total = .zero
        FeatureTemplates.token(view, into: &self)
        sums.append(total)
        for offset in [-2, -1, 1, 2] {
            total = .zero
            FeatureTemplates.neighbor(view, offset: offset, into: &self)
            sums.append(total)
        }
        return row
    }
}

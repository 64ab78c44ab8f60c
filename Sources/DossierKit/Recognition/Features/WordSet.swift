/// A fixed list of words, kept as their `WordInfo.lower` hashes in a `HashTable`, so that a
/// lookup hashes nothing again: the closed lists the tagger and its repairs read (small words,
/// particles, words for institutions, function words). The words are given in lower case.
struct WordSet: Sendable {
    private var table = HashTable()

    init(_ words: [String]) {
        for word in words { table[FeatureHash.of(word)] = 1 }
    }

    /// Whether the list holds the word of this `WordInfo.lower` hash.
    @inline(__always)
    func contains(_ lower: UInt64) -> Bool { table[lower] != nil }
}

/// For each word of a document, how often it was tagged with each type so far.
struct WordHistory {
    private var rows = HashTable()
    private var counts: [SIMD4<Int32>] = []

    /// 0 when the word was never part of a name, else 1 + the type it was tagged with most.
    func type(of word: UInt64) -> Int {
        guard let row = rows[word] else { return 0 }
        let found = counts[Int(row)]
        var best = 0
        for type in 1..<4 where found[type] > found[best] { best = type }
        return best + 1
    }

    mutating func record(_ type: EntityTag.EntityType, for word: UInt64) {
        let row: Int
        if let found = rows[word] {
            row = Int(found)
        } else {
            row = counts.count
            rows[word] = Int32(row)
            counts.append(.zero)
        }
        counts[row][type.rawValue] += 1
    }
}

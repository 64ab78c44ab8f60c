/// A page that prints its story twice (a copy for another screen size, a print view left in
/// the page) gives the body the story again. A run of blocks that all repeat earlier blocks
/// of the body, long enough to be a copy of a passage rather than a recurring line (a label,
/// a credit, a step repeated in a plan), is dropped.
enum RepeatedRuns {
    /// A copy runs over at least this many blocks and characters.
    static let minimumBlocks = 3
    static let minimumLength = 400

    /// `body` (indices into `blocks.blocks`, in page order) without its repeated runs.
    static func drop(from body: [Int], blocks: PageBlocks) -> [Int] {
        var seen: Set<BlockText> = []
        let repeated = body.map { !seen.insert(BlockText(bytes: blocks.bytes(blocks.blocks[$0]))).inserted }
        var kept: [Int] = []
        kept.reserveCapacity(body.count)
        var start = 0
        while start < body.count {
            var end = start
            while end < body.count && repeated[end] { end += 1 }
            if end == start {
                kept.append(body[start])
                start += 1
                continue
            }
            let run = body[start..<end]
            let length = run.reduce(0) { $0 + Int(blocks.blocks[$1].length) }
            if run.count < minimumBlocks || length < minimumLength { kept.append(contentsOf: run) }
            start = end
        }
        return kept
    }

    /// A block's text as a set member, hashed by its length and first bytes (blocks that share
    /// those are rare, and equality still compares every byte); an array slice's own hashing
    /// feeds the hasher a byte at a time.
    private struct BlockText: Hashable {
        let bytes: ArraySlice<UInt8>

        func hash(into hasher: inout Hasher) {
            hasher.combine(bytes.count)
            bytes.prefix(48).withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }
}

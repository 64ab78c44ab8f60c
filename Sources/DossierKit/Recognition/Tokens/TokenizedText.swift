/// A text cut into sentences of tokens. The UTF-8 bytes are kept once; a token is a byte
/// range into them, so that a token's range is also its `UTF8Range` in the source text.
struct TokenizedText: Sendable {
    let bytes: [UInt8]
    private(set) var starts: [Int32] = []
    private(set) var ends: [Int32] = []
    /// The index of each sentence's first token, then the token count.
    private(set) var sentenceBounds: [Int] = [0]

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Tokens given already (a CoNLL file's first column), one array a sentence. They are
    /// joined by spaces into `bytes`, sentences by newlines.
    init(sentences: [[String]]) {
        var bytes: [UInt8] = []
        var ranges: [(Int, Int)] = []
        var bounds: [Int] = [0]
        for sentence in sentences {
            for token in sentence {
                let start = bytes.count
                bytes.append(contentsOf: token.utf8)
                ranges.append((start, bytes.count))
                bytes.append(0x20)
            }
            bytes.append(0x0A)
            bounds.append(ranges.count)
        }
        self.bytes = bytes
        starts = ranges.map { Int32($0.0) }
        ends = ranges.map { Int32($0.1) }
        sentenceBounds = bounds
    }

    var count: Int { starts.count }
    var sentenceCount: Int { sentenceBounds.count - 1 }

    func sentence(_ index: Int) -> Range<Int> { sentenceBounds[index]..<sentenceBounds[index + 1] }

    /// The token that starts at byte `offset`, if one does.
    /// - Complexity: O(log n).
    func token(startingAt offset: Int) -> Int? {
        let index = partitionPoint(starts) { $0 >= offset }
        return index < starts.count && starts[index] == offset ? index : nil
    }

    func range(of token: Int) -> UTF8Range { UTF8Range(Int(starts[token]), Int(ends[token])) }

    func text(of token: Int) -> String {
        String(decoding: bytes[Int(starts[token])..<Int(ends[token])], as: UTF8.self)
    }

    /// The bytes of a token, for code that reads them without copying.
    @inline(__always)
    func withBytes<R>(of token: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        bytes.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[Int(starts[token])..<Int(ends[token])]))
        }
    }

    mutating func appendToken(_ start: Int, _ end: Int) {
        starts.append(Int32(start))
        ends.append(Int32(end))
    }

    /// Ends the current sentence (nothing happens when it has no token yet).
    mutating func endSentence() {
        if sentenceBounds.last! < starts.count { sentenceBounds.append(starts.count) }
    }
}

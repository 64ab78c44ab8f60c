/// A list of phrases (lowercase bytes; words separated by single spaces) matched against a
/// `LineText` in one walk, trying at each place only the phrases that open with the byte there:
/// as whole words (`isFound`, the same answer as `containsWords` for each phrase in turn),
/// anywhere in the lowercase line (`isContained`, as `contains`) or at its start (`isPrefix`,
/// as `hasPrefix`).
struct WordPhrases {
    /// The phrases by their first byte.
    private let byFirstByte: [[[UInt8]]]
    /// Which bytes open a phrase, by byte.
    private let opensPhrase: [Bool]

    init(_ phrases: [String]) {
        var byFirstByte = [[[UInt8]]](repeating: [], count: 256)
        var opensPhrase = [Bool](repeating: false, count: 256)
        for phrase in phrases.map(LineText.wordPattern) {
            guard let first = phrase.first else { continue }
            byFirstByte[Int(first)].append(phrase)
            opensPhrase[Int(first)] = true
        }
        self.byFirstByte = byFirstByte
        self.opensPhrase = opensPhrase
    }

    /// True when the lowercase line holds any of the phrases anywhere.
    func isContained(in line: LineText) -> Bool {
        line.withLower { lower in
            opensPhrase.withUnsafeBufferPointer { opensPhrase in
                for start in lower.indices where opensPhrase[Int(lower[start])] {
                    if matches(lower, at: start) { return true }
                }
                return false
            }
        }
    }

    /// True when the lowercase line opens with any of the phrases.
    func isPrefix(of line: LineText) -> Bool {
        line.withLower { lower in !lower.isEmpty && matches(lower, at: 0) }
    }

    /// True when the line holds any of the phrases as whole words.
    func isFound(in line: LineText) -> Bool {
        line.withWords { words in
            // `words` starts and ends with a space; a word starts after each space but the last.
            for start in 1..<max(1, words.count) where words[start - 1] == 0x20 {
                if matches(words, at: start, endingWhere: { $0 < words.count && words[$0] == 0x20 }) { return true }
            }
            return false
        }
    }

    /// True when a phrase that opens with the byte at `start` stands there, ending where `end`
    /// accepts (anywhere when nil).
    @inline(__always)
    private func matches(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, endingWhere end: ((Int) -> Bool)? = nil) -> Bool {
        for phrase in byFirstByte[Int(bytes[start])] where start + phrase.count <= bytes.count {
            // Phrases are short and most differ in their second byte: a loop, not a call.
            let found = phrase.withUnsafeBufferPointer { phrase in
                var offset = 1
                while offset < phrase.count && bytes[start + offset] == phrase[offset] { offset += 1 }
                return offset == phrase.count
            }
            if found && end?(start + phrase.count) ?? true { return true }
        }
        return false
    }
}

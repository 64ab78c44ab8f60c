import Glibc

/// A list of phrases (lowercase words separated by single spaces) matched as whole words
/// against a `LineText`: the same answer as `containsWords` for each phrase in turn, found
/// in one walk over the line's word starts, trying only the phrases that open with the
/// word's first letter.
struct WordPhrases {
    /// The phrases by their first byte.
    private let byFirstByte: [[[UInt8]]]

    init(_ phrases: [String]) {
        var byFirstByte = [[[UInt8]]](repeating: [], count: 256)
        for phrase in phrases.map(LineText.wordPattern) {
            guard let first = phrase.first else { continue }
            byFirstByte[Int(first)].append(phrase)
        }
        self.byFirstByte = byFirstByte
    }

    /// True when the line holds any of the phrases as whole words.
    func isFound(in line: LineText) -> Bool {
        line.words.withUnsafeBufferPointer { words in
            // `words` starts and ends with a space; a word starts after each space but the last.
            for start in 1..<max(1, words.count) where words[start - 1] == 0x20 {
                for phrase in byFirstByte[Int(words[start])] where start + phrase.count < words.count {
                    let matches = phrase.withUnsafeBufferPointer { phrase in
                        memcmp(words.baseAddress! + start, phrase.baseAddress!, phrase.count) == 0
                    }
                    if matches && words[start + phrase.count] == 0x20 { return true }
                }
            }
            return false
        }
    }
}

import Glibc

/// A line of text prepared for phrase matching: lowercase ASCII, and a copy where every run of
/// characters that are not letters or digits is one space, so that phrases match whole words
/// whatever the punctuation ("Share this:" contains "share this", "Chicago" does not contain "ago").
struct LineText {
    /// The line's bytes, ASCII letters lowercased.
    let lower: [UInt8]
    /// Words of the line, lowercase, separated by single spaces, with a space at each end.
    let words: [UInt8]
    let wordCount: Int

    init(_ text: String) {
        var lower: [UInt8] = []
        var words: [UInt8] = [0x20] // a space at each end, so that every word has two neighbours
        var wordCount = 0
        lower.reserveCapacity(text.utf8.count)
        words.reserveCapacity(text.utf8.count + 2)
        var afterSpace = true
        for byte in text.utf8 {
            let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            lower.append(folded)
            let isWordByte = (folded >= 0x61 && folded <= 0x7A) || (folded >= 0x30 && folded <= 0x39) || folded >= 0x80
            if isWordByte {
                if afterSpace { wordCount += 1 }
                words.append(folded)
                afterSpace = false
            } else if !afterSpace {
                words.append(0x20)
                afterSpace = true
            }
        }
        if !afterSpace { words.append(0x20) }
        self.lower = lower
        self.words = words
        self.wordCount = wordCount
    }

    /// True when the line holds the phrase as whole words (see `wordPattern`).
    func containsWords(_ phrase: [UInt8]) -> Bool {
        var start = 0
        while let found = Self.find(phrase, in: words, from: start) {
            // `words` starts and ends with a space, so both neighbours exist.
            if words[found - 1] == 0x20 && words[found + phrase.count] == 0x20 { return true }
            start = found + 1
        }
        return false
    }

    /// True when the lowercase line contains the bytes anywhere.
    func contains(_ needle: [UInt8]) -> Bool {
        Self.find(needle, in: lower, from: 0) != nil
    }

    func hasPrefix(_ prefix: [UInt8]) -> Bool {
        lower.count >= prefix.count && Self.bytesEqual(lower, at: 0, prefix)
    }

    func hasSuffix(_ suffix: [UInt8]) -> Bool {
        lower.count >= suffix.count && Self.bytesEqual(lower, at: lower.count - suffix.count, suffix)
    }

    /// Whether `part` stands in `bytes` at `start` (which leaves room for it).
    private static func bytesEqual(_ bytes: [UInt8], at start: Int, _ part: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { bytes in
            part.withUnsafeBufferPointer { part in
                part.isEmpty || memcmp(bytes.baseAddress! + start, part.baseAddress!, part.count) == 0
            }
        }
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, haystack.count - start >= needle.count else { return nil }
        return haystack.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress else { return nil }
            var index = start
            let last = buffer.count - needle.count
            while index <= last {
                guard let found = memchr(base + index, Int32(first), last - index + 1) else { return nil }
                index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                var offset = 1
                while offset < needle.count && buffer[index + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return index }
                index += 1
            }
            return nil
        }
    }

    /// A phrase of lowercase words separated by single spaces, as bytes, for `containsWords`.
    static func wordPattern(_ phrase: String) -> [UInt8] {
        Array(phrase.utf8)
    }
}

import Glibc

/// A line of text prepared for phrase matching: lowercase ASCII, and a copy where every run of
/// characters that are not letters or digits is one space, so that phrases match whole words
/// whatever the punctuation ("Share this:" contains "share this", "Chicago" does not contain "ago").
struct LineText {
    /// The line's bytes with ASCII letters lowercased (`withLower`), then its words (`withWords`):
    /// one buffer, allocated once.
    private let storage: [UInt8]
    private let lowerCount: Int
    let wordCount: Int

    init(_ text: String) {
        var wordCount = 0
        var lowerCount = 0
        storage = UTF8Characters.withBytes(text) { bytes in
            [UInt8](unsafeUninitializedCapacity: 2 * bytes.count + 2) { storage, count in
                guard let out = storage.baseAddress else { return }
                // One pass: each byte lowered, then written to the words unless it repeats a space.
                // The words have a space at each end, so that every word has two neighbours.
                lowerCount = bytes.count
                out[lowerCount] = 0x20
                var written = lowerCount + 1
                var afterSpace = true
                for index in 0..<lowerCount {
                    let byte = bytes[index]
                    let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
                    out[index] = lower
                    if lower &- 0x61 < 26 || lower &- 0x30 < 10 || lower >= 0x80 {
                        wordCount &+= afterSpace ? 1 : 0
                        out[written] = lower
                        written &+= 1
                        afterSpace = false
                    } else if !afterSpace {
                        out[written] = 0x20
                        written &+= 1
                        afterSpace = true
                    }
                }
                if !afterSpace {
                    out[written] = 0x20
                    written += 1
                }
                count = written
            }
        }
        self.lowerCount = lowerCount
        self.wordCount = wordCount
    }

    /// Hands `body` the line's bytes, ASCII letters lowercased.
    func withLower<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        storage.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<lowerCount])) }
    }

    /// Hands `body` the words of the line, lowercase, separated by single spaces, with a space
    /// at each end.
    func withWords<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        storage.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[lowerCount...])) }
    }

    /// True when the line holds the phrase as whole words (see `wordPattern`).
    func containsWords(_ phrase: [UInt8]) -> Bool {
        withWords { words in
            var start = 0
            while let found = Self.find(phrase, in: words, from: start) {
                // `words` starts and ends with a space, so both neighbours exist.
                if words[found - 1] == 0x20 && words[found + phrase.count] == 0x20 { return true }
                start = found + 1
            }
            return false
        }
    }

    /// True when the line's words are the phrase's, and no others.
    func hasOnlyWords(_ phrase: [UInt8]) -> Bool {
        withWords { words in words.count == phrase.count + 2 && Self.bytesEqual(words, at: 1, phrase) }
    }

    /// True when the line's first words are the phrase's.
    func startsWithWords(_ phrase: [UInt8]) -> Bool {
        withWords { words in
            words.count >= phrase.count + 2 && Self.bytesEqual(words, at: 1, phrase) && words[phrase.count + 1] == 0x20
        }
    }

    /// True when the lowercase line contains the bytes anywhere.
    func contains(_ needle: [UInt8]) -> Bool {
        withLower { Self.find(needle, in: $0, from: 0) != nil }
    }

    func hasPrefix(_ prefix: [UInt8]) -> Bool {
        withLower { lower in lower.count >= prefix.count && Self.bytesEqual(lower, at: 0, prefix) }
    }

    func hasSuffix(_ suffix: [UInt8]) -> Bool {
        withLower { lower in lower.count >= suffix.count && Self.bytesEqual(lower, at: lower.count - suffix.count, suffix) }
    }

    /// Whether `part` stands in `bytes` at `start` (which leaves room for it).
    private static func bytesEqual(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ part: [UInt8]) -> Bool {
        part.withUnsafeBufferPointer { part in
            part.isEmpty || memcmp(bytes.baseAddress! + start, part.baseAddress!, part.count) == 0
        }
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        haystack.withUnsafeBufferPointer { find(needle, in: $0, from: start) }
    }

    static func find(_ needle: [UInt8], in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first, buffer.count - start >= needle.count, let base = buffer.baseAddress else { return nil }
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

    /// A phrase of lowercase words separated by single spaces, as bytes, for `containsWords`.
    static func wordPattern(_ phrase: String) -> [UInt8] {
        Array(phrase.utf8)
    }
}

import Glibc

/// A string's first and last Character, its Character count and its suffixes, read from its
/// UTF-8 bytes where the bytes can tell: the same answers as `first`, `last`, `count` and
/// `hasSuffix` on the string, without breaking it into grapheme clusters.
///
/// Some scalars stand alone (`standsAlone`): between two of them the standard library's
/// grapheme breaking always breaks, and each is its own canonical form, so such a scalar next
/// to another is a whole Character, equal to no other. Where a scalar that does not stand alone
/// (a combining mark, a prepended mark, an emoji) is next to what is asked, the string's own
/// Characters answer.
enum UTF8Characters {
    /// True for a scalar that is a Character of its own next to any other scalar that stands
    /// alone: the ranges the standard library's grapheme breaking settles without looking up
    /// properties (Latin, common punctuation, Cyrillic, Arabic letters, CJK, kana, Hangul
    /// syllables, full-width forms), the carriage return aside (it joins a line feed).
    @inline(__always)
    static func standsAlone(_ value: UInt32) -> Bool {
        switch value {
        case 0x0D: false
        case 0x0000...0x02FF, 0x0400...0x0482, 0x061D...0x064A, 0x2010...0x2029, 0x3000...0x3029, 0x3041...0x3096,
             0x30A1...0x30FC, 0x3400...0xA4CF, 0xAC00...0xD7AF, 0xFF01...0xFF9D: true
        default: false
        }
    }

    /// The same as `text.first`.
    static func first(_ text: String) -> Character? {
        let known = withBytes(text) { bytes -> Unicode.Scalar? in
            guard let (first, length) = scalar(in: bytes, at: 0), standsAlone(first.value) else { return nil }
            if length < bytes.count {
                guard let (next, _) = scalar(in: bytes, at: length), standsAlone(next.value) else { return nil }
            }
            return first
        }
        return known.map(Character.init) ?? text.first
    }

    /// The same as `text.last`.
    static func last(_ text: String) -> Character? {
        let known = withBytes(text) { bytes -> Unicode.Scalar? in
            guard !bytes.isEmpty else { return nil }
            let start = scalarStart(before: bytes.count, in: bytes)
            guard let (last, _) = scalar(in: bytes, at: start), standsAlone(last.value) else { return nil }
            if start > 0 {
                guard let (previous, _) = scalar(in: bytes, at: scalarStart(before: start, in: bytes)), standsAlone(previous.value) else { return nil }
            }
            return last
        }
        return known.map(Character.init) ?? text.last
    }

    /// The same as `text.count`.
    static func count(_ text: String) -> Int {
        withBytes(text, standAloneCount) ?? text.count
    }

    /// The number of scalars when every scalar stands alone (each is then a Character); nil
    /// when one does not.
    static func standAloneCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        if PackedBytes.isPrintableASCII(bytes) { return bytes.count }
        var scalars = 0
        var index = 0
        while let (scalar, length) = scalar(in: bytes, at: index) {
            guard standsAlone(scalar.value) else { return nil }
            scalars += 1
            index += length
        }
        return scalars
    }

    /// The same as `text.hasSuffix(suffix)`: bytes decide when the suffix's scalars and the
    /// text's last scalars, one more than the suffix holds, all stand alone.
    static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
        let known = withBytes(text) { bytes in
            withBytes(suffix) { suffix -> Bool? in
                guard let lastWanted = suffix.last, let last = bytes.last else { return nil }
                // A last ASCII byte other than the suffix's ends a Character other than its last.
                if last < 0x80 && lastWanted < 0x80 && last != lastWanted { return false }
                var wanted = 0
                var index = 0
                while index < suffix.count {
                    guard let (scalar, length) = scalar(in: suffix, at: index), standsAlone(scalar.value) else { return nil }
                    wanted += 1
                    index += length
                }
                // Walk back over the text's last `wanted` scalars and the one before them.
                var start = bytes.count
                var tailStart = bytes.count
                var seen = 0
                while start > 0 && seen <= wanted {
                    start = scalarStart(before: start, in: bytes)
                    guard let (scalar, _) = scalar(in: bytes, at: start), standsAlone(scalar.value) else { return nil }
                    seen += 1
                    if seen == wanted { tailStart = start }
                }
                guard seen >= wanted, bytes.count - tailStart == suffix.count else { return false }
                return memcmp(bytes.baseAddress! + tailStart, suffix.baseAddress!, suffix.count) == 0
            }
        }
        return known ?? text.hasSuffix(suffix)
    }

    /// The scalar that starts at `index` and its length in bytes; nil past the end.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int)? {
        guard index < bytes.count else { return nil }
        let byte = bytes[index]
        return byte < 0x80 ? (Unicode.Scalar(byte), 1) : UTF8Sequence.decode(bytes, at: index)
    }

    /// The body's answer over the string's bytes (copied only when they are not contiguous).
    @inline(__always)
    static func withBytes<Answer>(_ text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> Answer) -> Answer {
        if let answer = text.utf8.withContiguousStorageIfAvailable(body) { return answer }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// Where the scalar that ends just before `end` starts.
    @inline(__always)
    static func scalarStart(before end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var start = end - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }
}

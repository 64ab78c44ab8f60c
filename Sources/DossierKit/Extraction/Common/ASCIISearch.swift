import Foundation

/// Substring tests on a string's UTF-8 bytes: far cheaper than `contains` on strings, which
/// compares characters through Foundation's `range(of:)`, and with the same answers.
///
/// Bytes decide when the needle is ASCII and the match stands between ASCII bytes. Characters
/// decide the rest: a needle with other letters, a match whose neighbouring byte is not ASCII
/// (a combining mark may join the match's last letter into another character), and needles
/// with "K", ";" or "`", which other characters (the Kelvin sign, the Greek question mark)
/// are canonically equal to ("k" too when case is ignored: the Kelvin sign lowers to it).
enum ASCIISearch {
    /// True when `text` holds `needle`.
    static func contains(_ text: some StringProtocol, _ needle: String) -> Bool {
        switch find(needle, in: text, foldingCase: false) {
        case .found: true
        case .absent: false
        case .unsure: text.contains(needle)
        }
    }

    /// True when `text` lowercased holds `needle` (written in lowercase).
    static func containsIgnoringCase(_ text: some StringProtocol, _ needle: String) -> Bool {
        switch find(needle, in: text, foldingCase: true) {
        case .found: true
        case .absent: false
        case .unsure: text.lowercased().contains(needle)
        }
    }

    private enum Answer { case found, absent, unsure }

    private static func find(_ needle: String, in text: some StringProtocol, foldingCase: Bool) -> Answer {
        let needle = Array(needle.utf8)
        guard !needle.contains(where: { $0 >= 0x80 || $0 == 0x4B || $0 == 0x3B || $0 == 0x60 || (foldingCase && $0 == 0x6B) }) else {
            return .unsure
        }
        let search = { (haystack: UnsafeBufferPointer<UInt8>) -> Answer in
            guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty ? .found : .absent }
            @inline(__always) func folded(_ byte: UInt8) -> UInt8 {
                foldingCase && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            }
            var unsure = false
            for start in 0...(haystack.count - needle.count) where folded(haystack[start]) == first {
                var offset = 1
                while offset < needle.count && folded(haystack[start + offset]) == needle[offset] { offset += 1 }
                guard offset == needle.count else { continue }
                let end = start + needle.count
                if (start == 0 || haystack[start - 1] < 0x80) && (end == haystack.count || haystack[end] < 0x80) { return .found }
                unsure = true
            }
            return unsure ? .unsure : .absent
        }
        if let answer = text.utf8.withContiguousStorageIfAvailable(search) { return answer }
        return Array(text.utf8).withUnsafeBufferPointer(search)
    }
}

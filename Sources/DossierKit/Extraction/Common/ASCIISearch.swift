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

    /// True when `text` lowercased ends with `suffix` (written in lowercase ASCII). Bytes decide
    /// when the text's last bytes, one more than the suffix holds (or all of them), are ASCII
    /// other than a carriage return: each is then a Character of its own, lowered alone.
    static func hasSuffixIgnoringCase(_ text: String, _ suffix: String) -> Bool {
        let known = UTF8Characters.withBytes(text) { text in
            UTF8Characters.withBytes(suffix) { suffix -> Bool? in
                let checked = text[(text.count - min(text.count, suffix.count + 1))...]
                guard !suffix.contains(where: { $0 >= 0x80 }), !checked.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
                guard text.count >= suffix.count else { return false }
                let start = text.count - suffix.count
                return suffix.indices.allSatisfy { folded(text[start + $0], foldingCase: true) == suffix[$0] }
            }
        }
        return known ?? text.lowercased().hasSuffix(suffix)
    }

    private enum Answer { case found, absent, unsure }

    @inline(__always)
    private static func folded(_ byte: UInt8, foldingCase: Bool) -> UInt8 {
        foldingCase && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    private static func find(_ needle: String, in text: some StringProtocol, foldingCase: Bool) -> Answer {
        UTF8Characters.withBytes(needle) { needle in
            guard !needle.contains(where: { $0 >= 0x80 || $0 == 0x4B || $0 == 0x3B || $0 == 0x60 || (foldingCase && $0 == 0x6B) }) else {
                return .unsure
            }
            return UTF8Characters.withBytes(text) { haystack -> Answer in
                guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty ? .found : .absent }
                var unsure = false
                for start in 0...(haystack.count - needle.count) where folded(haystack[start], foldingCase: foldingCase) == first {
                    var offset = 1
                    while offset < needle.count && folded(haystack[start + offset], foldingCase: foldingCase) == needle[offset] { offset += 1 }
                    guard offset == needle.count else { continue }
                    let end = start + needle.count
                    if (start == 0 || haystack[start - 1] < 0x80) && (end == haystack.count || haystack[end] < 0x80) { return .found }
                    unsure = true
                }
                return unsure ? .unsure : .absent
            }
        }
    }
}

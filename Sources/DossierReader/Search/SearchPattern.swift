import DossierKit

/// What the user searches for, with smart case (as in vim and less): case does not count
/// unless the pattern has a capital letter. Found as a plain substring of an article's text.
public struct SearchPattern: Hashable, Sendable {
    public let text: String
    public let isCaseSensitive: Bool

    public init(_ text: String) {
        self.text = text
        isCaseSensitive = text.contains { $0.isUppercase }
    }

    /// The UTF-8 ranges of the pattern's occurrences in `text`, in order, not overlapping.
    public func ranges(in text: String) -> [UTF8Range] {
        let needle = isCaseSensitive ? Array(self.text.utf8) : Array(Self.folded(self.text).bytes)
        guard !needle.isEmpty else { return [] }
        if isCaseSensitive {
            return Self.occurrences(of: needle, in: Array(text.utf8)).map { UTF8Range($0, $0 + needle.count) }
        }
        // An ASCII pattern is compared byte by byte, ASCII letters folded, in the text as it is:
        // a non-ASCII byte can only match itself, so the offsets need no map.
        if needle.allSatisfy({ $0 < 0x80 }) {
            return Self.occurrences(of: needle, in: Array(text.utf8), foldingASCII: true).map { UTF8Range($0, $0 + needle.count) }
        }
        let haystack = Self.folded(text)
        return Self.occurrences(of: needle, in: haystack.bytes).map { start in
            UTF8Range(haystack.starts[start], haystack.ends[start + needle.count - 1])
        }
    }

    /// The starts of `needle` in `bytes`, left to right, each after the end of the one before;
    /// with `foldingASCII`, ASCII capitals in `bytes` count as small letters (`needle` has none).
    static func occurrences(of needle: [UInt8], in bytes: [UInt8], foldingASCII: Bool = false) -> [Int] {
        guard needle.count <= bytes.count else { return [] }
        @inline(__always) func folded(_ byte: UInt8) -> UInt8 {
            foldingASCII && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        }
        var found: [Int] = []
        let first = needle[0], last = bytes.count - needle.count
        var start = 0
        while start <= last {
            if folded(bytes[start]) == first,
               bytes[(start + 1)..<(start + needle.count)].lazy.map(folded).elementsEqual(needle[1...]) {
                found.append(start)
                start += needle.count
            } else {
                start += 1
            }
        }
        return found
    }

    /// A text lowered scalar by scalar, with each lowered byte's scalar's place in the text.
    struct Folded {
        var bytes: [UInt8] = []
        /// For each byte of `bytes`, the UTF-8 start and end in the text of the scalar it came from.
        var starts: [Int] = []
        var ends: [Int] = []
    }

    static func folded(_ text: String) -> Folded {
        var folded = Folded()
        folded.bytes.reserveCapacity(text.utf8.count)
        var offset = 0
        for scalar in text.unicodeScalars {
            let length = UTF8.width(scalar)
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                folded.bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                folded.starts.append(offset)
                folded.ends.append(offset + length)
            } else {
                for byte in scalar.properties.lowercaseMapping.utf8 {
                    folded.bytes.append(byte)
                    folded.starts.append(offset)
                    folded.ends.append(offset + length)
                }
            }
            offset += length
        }
        return folded
    }
}

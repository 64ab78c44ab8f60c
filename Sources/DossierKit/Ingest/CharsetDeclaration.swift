/// The charset a page declares for itself, read from its first bytes the way browsers
/// pre-scan: `<meta charset="…">`, `<meta http-equiv="Content-Type" content="…; charset=…">`
/// or an XML declaration's `encoding="…"`.
public enum CharsetDeclaration {
    /// How far into the page browsers look for the declaration.
    static let scanLength = 4096

    public static func find(in bytes: [UInt8]) -> String? {
        let head = bytes.prefix(scanLength)
        if head.starts(with: Array("<?xml".utf8)), let name = value(after: Array("encoding".utf8), in: head) {
            return name
        }
        var searchStart = head.startIndex
        while let found = firstRange(of: Array("charset".utf8), in: head, from: searchStart) {
            searchStart = found.upperBound
            guard isInsideMetaTag(head, at: found.lowerBound) else { continue }
            if let name = value(after: Array("charset".utf8), in: head[found.lowerBound...]) { return name }
        }
        return nil
    }

    /// The token after `key`, optional spaces, `=` and an optional quote.
    static func value(after key: [UInt8], in bytes: ArraySlice<UInt8>) -> String? {
        guard let found = firstRange(of: key, in: bytes, from: bytes.startIndex) else { return nil }
        var index = found.upperBound
        func skipSpaces() { while index < bytes.endIndex, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 } }
        skipSpaces()
        guard index < bytes.endIndex, bytes[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        skipSpaces()
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") { index += 1 }
        let start = index
        while index < bytes.endIndex, isNameByte(bytes[index]) { index += 1 }
        guard index > start else { return nil }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: "."):
            return true
        default:
            return false
        }
    }

    /// True when the nearest tag opening before `index` is a meta tag still open at `index`.
    static func isInsideMetaTag(_ bytes: ArraySlice<UInt8>, at index: Int) -> Bool {
        var cursor = index
        while cursor > bytes.startIndex {
            cursor -= 1
            if bytes[cursor] == UInt8(ascii: ">") { return false }
            if bytes[cursor] == UInt8(ascii: "<") {
                return bytes[cursor...].dropFirst().prefix(4).map { $0 | 0x20 } == Array("meta".utf8)
            }
        }
        return false
    }

    /// The first ASCII-case-insensitive occurrence of a lowercase `needle`.
    static func firstRange(of needle: [UInt8], in bytes: ArraySlice<UInt8>, from start: Int) -> Range<Int>? {
        guard !needle.isEmpty, bytes.endIndex - start >= needle.count else { return nil }
        var index = start
        while index + needle.count <= bytes.endIndex {
            var matches = true
            for offset in 0..<needle.count where bytes[index + offset] | 0x20 != needle[offset] {
                matches = false
                break
            }
            if matches { return index..<(index + needle.count) }
            index += 1
        }
        return nil
    }
}

import Glibc

/// A byte-level pass before parsing: takes out comments, the content of script, style and svg
/// elements, and the attributes extraction never reads (href, src, srcset, data-…), which
/// together are most of the bytes of a typical page and none of its text. Class and id values,
/// long on today's pages, are read here and replaced by the hints they carry, as one short
/// attribute `h` holding `ElementHints.rawValue`. The JSON-LD scripts' content and the
/// addresses of `<link rel="canonical">` are kept for the metadata.
///
/// It follows the HTML rules for raw-text elements (a script ends at the first `</script`)
/// and for attribute quoting, so the parser sees the same elements and text as in the page.
/// - Complexity: O(n) in the page's bytes.
struct HTMLPrefilter {
    /// The page without comments and without script, style and svg content.
    var bytes: [UInt8] = []
    /// The content of each `<script type="application/ld+json">`, in page order.
    var jsonLD: [String] = []
    /// The moves of streamed segments the page's scripts make (see `StreamedSegments`).
    var segmentMoves: [StreamedSegments.Move] = []
    /// The `href` of the first `<link rel="canonical">` elements, in page order, as written
    /// (character references not decoded).
    var canonicalLinks: [String] = []
    /// How many canonical links are kept: a page declares one; more are not read.
    static let canonicalLinkLimit = 4

    private static let rawTextElements: [(open: [UInt8], close: [UInt8], isScript: Bool)] = ["script", "style", "svg"].map {
        (Array($0.utf8), Array("</\($0)".utf8), $0 == "script")
    }
    /// Hints of the class and id values met so far, by a hash of the value: pages repeat them.
    private var hintCache = HintCache()

    private static let commentOpen = Array("!--".utf8)
    private static let commentClose = Array("-->".utf8)
    private static let jsonLDType = Array("ld+json".utf8)

    init(_ input: UnsafeBufferPointer<UInt8>) {
        bytes.reserveCapacity(input.count / 2)
        let count = input.count
        var copied = 0
        var index = 0
        while let found = Self.find(UInt8(ascii: "<"), in: input, from: index, to: count) {
            index = found + 1
            if Self.hasPrefix(Self.commentOpen, in: input, at: index) {
                bytes.append(contentsOf: input[copied..<found])
                let end = Self.find(Self.commentClose, in: input, from: index + 3, to: count).map { $0 + 3 } ?? count
                // Streaming boundaries' markers (`<!--$?-->`, `<!--/$-->`) stay for `StreamedSegments`.
                if end - found <= 10, index + 3 < count, input[index + 3] == UInt8(ascii: "$") || input[index + 3] == UInt8(ascii: "/") {
                    bytes.append(contentsOf: input[found..<end])
                }
                index = end
                copied = index
                continue
            }
            guard let element = Self.rawTextElement(in: input, at: index) else {
                if index < count, Self.isLetter(input[index]) {
                    bytes.append(contentsOf: input[copied..<found])
                    index = copyStartTag(input, from: found)
                    copied = index
                }
                continue
            }
            bytes.append(contentsOf: input[copied..<found])
            let tagEnd = Self.find(UInt8(ascii: ">"), in: input, from: index, to: count).map { $0 + 1 } ?? count
            let contentEnd = Self.find(element.close, in: input, from: tagEnd, to: count) ?? count
            if element.isScript, Self.find(Self.jsonLDType, in: input, from: index, to: tagEnd) != nil {
                jsonLD.append(String(decoding: UnsafeBufferPointer(rebasing: input[tagEnd..<contentEnd]), as: UTF8.self))
            } else if element.isScript, contentEnd - tagEnd <= Self.segmentScriptLength {
                segmentMoves += StreamedSegments.moves(inScript: UnsafeBufferPointer(rebasing: input[tagEnd..<contentEnd]))
            }
            index = Self.find(UInt8(ascii: ">"), in: input, from: contentEnd, to: count).map { $0 + 1 } ?? count
            copied = index
        }
        bytes.append(contentsOf: input[copied..<count])
    }

    /// Copies the start tag at `start` (its `<`) with only the attributes extraction reads;
    /// returns the index after the tag.
    private mutating func copyStartTag(_ input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = input.count
        var index = start + 1
        while index < count, !Self.isTagNameEnd(input[index]) { index += 1 }
        let isLink = index - start == 5 && canonicalLinks.count < Self.canonicalLinkLimit
            && Self.hasPrefix(Self.linkTag, in: UnsafeBufferPointer(rebasing: input[(start + 1)..<index]), at: 0)
        var rel: Range<Int>?
        var href: Range<Int>?
        bytes.append(contentsOf: input[start..<index])
        var hints: ElementHints = []
        while index < count {
            let byte = input[index]
            if byte == UInt8(ascii: ">") {
                index += 1
                break
            }
            if Self.isSpace(byte) || byte == UInt8(ascii: "/") {
                index += 1
                continue
            }
            let attributeStart = index
            while index < count, !Self.isAttributeNameEnd(input[index]) { index += 1 }
            let name = UnsafeBufferPointer(rebasing: input[attributeStart..<index])
            var value = index..<index
            var cursor = index
            while cursor < count, Self.isSpace(input[cursor]) { cursor += 1 }
            if cursor < count, input[cursor] == UInt8(ascii: "=") {
                cursor += 1
                while cursor < count, Self.isSpace(input[cursor]) { cursor += 1 }
                if cursor < count, input[cursor] == UInt8(ascii: "\"") || input[cursor] == UInt8(ascii: "'") {
                    let quote = input[cursor]
                    let close = Self.find(quote, in: input, from: cursor + 1, to: count) ?? count
                    value = (cursor + 1)..<close
                    cursor = min(close + 1, count)
                } else {
                    let valueStart = cursor
                    while cursor < count, !Self.isSpace(input[cursor]), input[cursor] != UInt8(ascii: ">") { cursor += 1 }
                    value = valueStart..<cursor
                }
                index = cursor
            }
            if isLink {
                if Self.isHref(name) { href = href ?? value }
                if Self.isRel(name) { rel = rel ?? value }
            }
            if Self.isClassOrID(name) {
                hints.formUnion(classHints(UnsafeBufferPointer(rebasing: input[value])))
                if name.count == 2, Self.isSegmentID(UnsafeBufferPointer(rebasing: input[value])) {
                    bytes.append(contentsOf: " id=\"".utf8)
                    bytes.append(contentsOf: input[value])
                    bytes.append(UInt8(ascii: "\""))
                }
            } else if Self.isHref(name), Self.find(Self.authorPath, in: input, from: value.lowerBound, to: value.upperBound) != nil {
                // A link to an author's page ("/author/jane-doe"), as most publishing systems make them.
                hints.insert(.authorLink)
            } else if !name.isEmpty, Self.isReadAttribute(name) {
                bytes.append(0x20)
                bytes.append(contentsOf: input[attributeStart..<index])
            }
            if index == attributeStart { index += 1 }
        }
        if !hints.isEmpty { bytes.append(contentsOf: " h=\(hints.rawValue)".utf8) }
        bytes.append(UInt8(ascii: ">"))
        if let rel, let href, Self.hasToken(Self.canonicalRel, in: UnsafeBufferPointer(rebasing: input[rel])) {
            canonicalLinks.append(String(decoding: UnsafeBufferPointer(rebasing: input[href]), as: UTF8.self))
        }
        return index
    }

    private static let linkTag = Array("link".utf8)
    private static let canonicalRel = Array("canonical".utf8)

    private static func isRel(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        name.count == 3 && name[0] | 0x20 == UInt8(ascii: "r") && name[1] | 0x20 == UInt8(ascii: "e")
            && name[2] | 0x20 == UInt8(ascii: "l")
    }

    /// True when the space-separated list `value` holds the lowercase `token`, in any case.
    private static func hasToken(_ token: [UInt8], in value: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        while start < value.count {
            while start < value.count, isSpace(value[start]) { start += 1 }
            var end = start
            while end < value.count, !isSpace(value[end]) { end += 1 }
            if end - start == token.count, hasPrefix(token, in: UnsafeBufferPointer(rebasing: value[start..<end]), at: 0) { return true }
            start = end
        }
        return false
    }

    private mutating func classHints(_ value: UnsafeBufferPointer<UInt8>) -> ElementHints {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in value { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return hintCache.hints(for: hash) { HintReader.hints(classOrID: value) }
    }

    private static func isClassOrID(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        switch name.count {
        case 2: return name[0] | 0x20 == UInt8(ascii: "i") && name[1] | 0x20 == UInt8(ascii: "d")
        case 5: return hasPrefix(classAttribute, in: name, at: 0)
        default: return false
        }
    }

    private static let classAttribute = Array("class".utf8)

    /// Scripts that move streamed segments are short; longer ones are not searched.
    private static let segmentScriptLength = 4096

    /// An id of a streamed segment or of its place: "S:1", "B:0", "P:a".
    private static func isSegmentID(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        guard value.count >= 3, value.count <= 12, value[1] == UInt8(ascii: ":") else { return false }
        guard value[0] == UInt8(ascii: "S") || value[0] == UInt8(ascii: "B") || value[0] == UInt8(ascii: "P") else { return false }
        return value.dropFirst(2).allSatisfy { ($0 | 0x20 >= UInt8(ascii: "a") && $0 | 0x20 <= UInt8(ascii: "z")) || ($0 >= 0x30 && $0 <= 0x39) }
    }
    private static let authorPath = Array("/author".utf8)

    private static func isHref(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        name.count == 4 && name[0] | 0x20 == UInt8(ascii: "h") && name[1] | 0x20 == UInt8(ascii: "r")
            && name[2] | 0x20 == UInt8(ascii: "e") && name[3] | 0x20 == UInt8(ascii: "f")
    }

    /// The other attributes the tree builder reads (see `TreeBuilder`).
    private static func isReadAttribute(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        var key: UInt64 = 0
        guard name.count <= 8 || name.count == 11 else { return false }
        if name.count == 11 { return hasPrefix(ariaHidden, in: name, at: 0) }
        for (offset, byte) in name.enumerated() {
            key |= UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) << (8 * UInt64(offset))
        }
        return readAttributeKeys.contains(key)
    }

    private static let ariaHidden = Array("aria-hidden".utf8)
    private static let readAttributeKeys: Set<UInt64> = Set(
        ["role", "itemprop", "hidden", "style", "rel", "name", "property", "content", "datetime"].map { name in
            name.utf8.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        })

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    private static func isTagNameEnd(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
    }

    private static func isAttributeNameEnd(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "/")
    }

    /// The raw-text element whose name starts at `index` (just after a `<`), if any.
    private static func rawTextElement(in input: UnsafeBufferPointer<UInt8>, at index: Int) -> (open: [UInt8], close: [UInt8], isScript: Bool)? {
        guard index < input.count else { return nil }
        let first = input[index] | 0x20
        guard first == UInt8(ascii: "s") else { return nil }
        for element in rawTextElements where hasPrefix(element.open, in: input, at: index) {
            let after = index + element.open.count
            guard after < input.count else { return nil }
            switch input[after] {
            case UInt8(ascii: ">"), UInt8(ascii: " "), UInt8(ascii: "/"), 0x09, 0x0A, 0x0C, 0x0D: return element
            default: return nil
            }
        }
        return nil
    }

    private static func find(_ byte: UInt8, in input: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard start < end, let base = input.baseAddress else { return nil }
        guard let found = memchr(base + start, Int32(byte), end - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// The first ASCII-case-insensitive occurrence of a lowercase `needle` that starts before `end`.
    private static func find(_ needle: [UInt8], in input: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        var index = start
        while let candidate = find(needle[0], in: input, from: index, to: end) {
            if hasPrefix(needle, in: input, at: candidate) { return candidate }
            index = candidate + 1
        }
        return nil
    }

    private static func hasPrefix(_ prefix: [UInt8], in input: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + prefix.count <= input.count else { return false }
        for offset in 0..<prefix.count {
            let byte = input[index + offset]
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if lower != prefix[offset] { return false }
        }
        return true
    }
}

/// Hints by 64-bit hash, with open addressing: looked up for every class and id of a page,
/// where a Dictionary's hashing of the key costs more than the lookup.
private struct HintCache {
    /// No hints value has every bit set: it marks an empty slot.
    private static let empty = UInt32.max
    private var keys = [UInt64](repeating: 0, count: 256)
    private var values = [UInt32](repeating: HintCache.empty, count: 256)
    private var count = 0

    /// The hints stored for `key`, or those `read` gives, stored.
    mutating func hints(for key: UInt64, read: () -> ElementHints) -> ElementHints {
        var slot = Self.slot(key, capacity: keys.count)
        while values[slot] != Self.empty {
            if keys[slot] == key { return ElementHints(rawValue: values[slot]) }
            slot = (slot + 1) & (keys.count - 1)
        }
        let hints = read()
        keys[slot] = key
        values[slot] = hints.rawValue
        count += 1
        if count * 2 > keys.count { grow() }
        return hints
    }

    private static func slot(_ key: UInt64, capacity: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & (capacity - 1)
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [UInt32](repeating: Self.empty, count: oldKeys.count * 2)
        for index in oldKeys.indices where oldValues[index] != Self.empty {
            var slot = Self.slot(oldKeys[index], capacity: keys.count)
            while values[slot] != Self.empty { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = oldKeys[index]
            values[slot] = oldValues[index]
        }
    }
}

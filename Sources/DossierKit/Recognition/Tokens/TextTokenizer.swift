/// Cuts running text into sentences and tokens the way the CoNLL-2003 news text is cut:
/// punctuation apart, a possessive "'s" apart, abbreviations such as "U.S." and "Mr." kept
/// whole, hyphenated words ("al-Burhan") kept whole, dashes between words and slashes between
/// letters apart.
///
/// Line breaks end sentences, so headings and menu lines never run into the next paragraph.
/// - Complexity: O(n) in the text's UTF-8 length.
enum TextTokenizer {
    static func tokenize(_ text: String) -> TokenizedText {
        var result = TokenizedText(bytes: Array(text.utf8))
        let bytes = result.bytes
        var scanner = Scanner(bytes: bytes)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                result.endSentence()
                scanner.pendingEnd = false
                index += 1
            } else if let width = Scanner.spaceWidth(bytes, index) {
                index += width
            } else {
                var end = index
                while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D, Scanner.spaceWidth(bytes, end) == nil { end += 1 }
                scanner.chunk(index, end, into: &result)
                index = end
            }
        }
        result.endSentence()
        return result
    }

    private struct Scanner {
        let bytes: [UInt8]
        /// A full stop, question or exclamation mark was the last token: the sentence ends
        /// unless the next word starts in lower case.
        var pendingEnd = false

        static let abbreviations: Set<String> = [
            "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "jr", "sr", "prof", "no",
            "vs", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "mt", "ft", "capt", "sgt", "maj", "adm", "cmdr", "rev", "hon", "pres", "gov",
            "dept", "univ", "ave", "blvd", "rd", "etc", "approx", "est", "fig", "vol", "messrs", "mme", "mlle",
        ]

        /// Width of a space character at `index`: ASCII blanks and U+00A0.
        static func spaceWidth(_ bytes: [UInt8], _ index: Int) -> Int? {
            switch bytes[index] {
            case 0x20, 0x09, 0x0B, 0x0C: return 1
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0: return 2
            default: return nil
            }
        }

        enum Mark { case opening, closing, dash, ellipsis, quote }

        /// Punctuation that stands apart at `index`, with its width in bytes.
        func mark(at index: Int, end: Int) -> (Mark, Int)? {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): return (.opening, 1)
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ","), UInt8(ascii: ";"),
                 UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"): return (.closing, 1)
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"): return (.quote, 1)
            case UInt8(ascii: "-") where index + 1 < end && bytes[index + 1] == UInt8(ascii: "-"): return (.dash, 2)
            case 0xC2 where index + 1 < end && (bytes[index + 1] == 0xAB || bytes[index + 1] == 0xBB): return (.quote, 2)
            // "©", "®" and "™" after a brand stand apart: "Victor®".
            case 0xC2 where index + 1 < end && (bytes[index + 1] == 0xA9 || bytes[index + 1] == 0xAE): return (.closing, 2)
            case 0xE2 where index + 2 < end && bytes[index + 1] == 0x84 && bytes[index + 2] == 0xA2: return (.closing, 3)
            case 0xE2 where index + 2 < end && bytes[index + 1] == 0x80:
                switch bytes[index + 2] {
                case 0x93, 0x94, 0x95: return (.dash, 3)
                case 0x98, 0x99, 0x9C, 0x9D: return (.quote, 3)
                case 0xA6: return (.ellipsis, 3)
                default: return nil
                }
            default: return nil
            }
        }

        /// One run of non-space bytes: dashes split it into words, each word loses its
        /// outer punctuation.
        mutating func chunk(_ start: Int, _ end: Int, into result: inout TokenizedText) {
            var wordStart = start
            var index = start
            while index < end {
                if isSlashBetweenLetters(index, start, end) {
                    word(wordStart, index, into: &result)
                    emit(index, index + 1, into: &result)
                    index += 1
                    wordStart = index
                } else if let (kind, width) = mark(at: index, end: end), kind == .dash {
                    word(wordStart, index, into: &result)
                    emit(index, index + width, into: &result)
                    index += width
                    wordStart = index
                } else {
                    index += 1
                }
            }
            word(wordStart, end, into: &result)
        }

        /// "REUTERS/Evgenia", "Sukoff/MNS": a slash between letters parts two words; between
        /// digits ("24/7", "1996/97") it stays.
        func isSlashBetweenLetters(_ index: Int, _ start: Int, _ end: Int) -> Bool {
            guard bytes[index] == UInt8(ascii: "/"), index > start, index + 1 < end else { return false }
            func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
            return isLetter(bytes[index - 1]) && isLetter(bytes[index + 1])
        }

        /// One word: its opening marks, the word, its possessive "'s", then its closing marks
        /// and a final full stop (unless the word is an abbreviation), each a token.
        mutating func word(_ start: Int, _ end: Int, into result: inout TokenizedText) {
            var start = start, end = end
            guard start < end else { return }
            var trailing: [(Int, Int)] = []
            while start < end, let (kind, width) = mark(at: start, end: end), kind != .closing || start + width == end {
                emit(start, start + width, into: &result)
                start += width
            }
            while start < end {
                if let (_, width) = closingMark(endingAt: end, from: start) {
                    trailing.append((end - width, end))
                    end -= width
                } else if bytes[end - 1] == UInt8(ascii: "."), !keepsFullStop(start, end) {
                    var dots = end - 1
                    while dots > start, bytes[dots - 1] == UInt8(ascii: ".") { dots -= 1 }
                    trailing.append((dots, end))
                    end = dots
                } else {
                    break
                }
            }
            if start < end {
                if end - start > 2, let apostrophe = apostropheWidth(before: end - 1, from: start),
                   bytes[end - 1] == UInt8(ascii: "s") || bytes[end - 1] == UInt8(ascii: "S") {
                    let split = end - 1 - apostrophe
                    emit(start, split, into: &result)
                    emit(split, end, into: &result)
                } else {
                    emit(start, end, into: &result)
                }
            }
            for (from, to) in trailing.reversed() { emit(from, to, into: &result) }
        }

        /// A closing mark, quote or ellipsis that ends the word at `end`: "allies'" gives
        /// "allies" and "'"; an apostrophe inside a word ("don't") is not at its end and stays.
        func closingMark(endingAt end: Int, from start: Int) -> (Mark, Int)? {
            for width in [3, 2, 1] where end - width >= start {
                if let (kind, found) = mark(at: end - width, end: end), found == width, kind != .dash, kind != .opening {
                    return (kind, width)
                }
            }
            return nil
        }

        /// The width of an apostrophe (' or ’) that ends right before `index`.
        func apostropheWidth(before index: Int, from start: Int) -> Int? {
            if index - 1 >= start, bytes[index - 1] == UInt8(ascii: "'") { return 1 }
            if index - 3 >= start, bytes[index - 3] == 0xE2, bytes[index - 2] == 0x80, bytes[index - 1] == 0x99 { return 3 }
            return nil
        }

        /// Whether a word ending in "." keeps it: "U.S.", "Mr.", an initial "J.".
        func keepsFullStop(_ start: Int, _ end: Int) -> Bool {
            let body = bytes[start..<(end - 1)]
            if body.isEmpty || body.last == UInt8(ascii: ".") { return false }
            if body.contains(UInt8(ascii: ".")) { return true }
            if body.count == 1, let letter = body.first, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(letter) { return true }
            guard body.count <= 6, body.allSatisfy({ $0 < 0x80 }) else { return false }
            return Self.abbreviations.contains(String(decoding: body, as: UTF8.self).lowercased())
        }

        mutating func emit(_ start: Int, _ end: Int, into result: inout TokenizedText) {
            guard start < end else { return }
            let first = bytes[start]
            if pendingEnd && !(UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) && !isClosingAfterEnd(start, end) {
                result.endSentence()
                pendingEnd = false
            } else if pendingEnd && (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) {
                pendingEnd = false
            }
            result.appendToken(start, end)
            if end - start >= 1, [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(bytes[end - 1]),
               !(end - start > 1 && keepsFullStop(start, end)) {
                pendingEnd = true
            }
        }

        /// A closing quote or bracket right after a full stop belongs to the ending sentence.
        func isClosingAfterEnd(_ start: Int, _ end: Int) -> Bool {
            guard let (kind, width) = mark(at: start, end: end), width == end - start else { return false }
            if kind == .closing { return true }
            guard kind == .quote else { return false }
            // ” and ’ close; a straight quote after a full stop usually closes too.
            return !(bytes[start] == 0xE2 && (bytes[start + 2] == 0x9C || bytes[start + 2] == 0x98))
        }
    }
}

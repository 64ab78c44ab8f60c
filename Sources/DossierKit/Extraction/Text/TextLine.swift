/// One non-blank line of a plain-text document, with the statistics the story finder uses.
struct TextLine {
    enum Kind {
        /// Reads like story text: a long line, or a sentence of several words.
        case prose
        /// A few words without a sentence's end: a heading, a label, a menu entry.
        case short
        /// Many words without a sentence's end: a headline, a dek, a teaser's title.
        case headline
        case caption
        /// A URL, an e-mail address, a handle.
        case link
        /// A summary cut short with "…": a teaser of another story.
        case truncated
        case furniture
        case interruption
    }

    let text: String
    let kind: Kind
    let words: Int
    /// True when a blank line comes before it (or it starts the document).
    let startsParagraph: Bool
    /// True when the line ends with sentence punctuation (closing quotes and brackets aside).
    let endsSentence: Bool

    /// The number of Characters.
    let length: Int

    init(_ text: String, startsParagraph: Bool) {
        self.text = text
        self.startsParagraph = startsParagraph
        length = UTF8Characters.count(text)
        words = Self.wordCount(text)
        endsSentence = Self.endsSentence(text)
        kind = Self.kind(of: text, words: words, endsSentence: endsSentence)
    }

    static func kind(of text: String, words: Int, endsSentence: Bool) -> Kind {
        let line = LineText(text)
        switch BoilerplatePhrases.kind(of: line) {
        case .furniture?: return .furniture
        case .interruption?: return .interruption
        case nil: break
        }
        if CaptionLines.isCaption(line) { return .caption }
        if isLinkLike(text, words: words) { return .link }
        if words >= 5 && (UTF8Characters.hasSuffix(text, "...") || UTF8Characters.hasSuffix(text, "…")) { return .truncated }
        // A question or an exclamation this short is more often a headline than story text.
        let isShortQuestion = words < 15 && (UTF8Characters.hasSuffix(text, "?") || UTF8Characters.hasSuffix(text, "!"))
        if words >= 8 && endsSentence && !isShortQuestion { return .prose }
        if words >= 30 && hasSentences(text, words: words) { return .prose }
        if words >= 4 && endsSentence && !isShortQuestion && UTF8Characters.first(text)?.isUppercase == true { return .prose }
        return words >= 10 ? .headline : .short
    }

    /// Words separated by spaces; in scripts written without spaces (Chinese, Japanese), every
    /// two characters count as a word.
    static func wordCount(_ text: String) -> Int {
        UTF8Characters.withBytes(text) { bytes in
            if PackedBytes.isPrintableASCII(bytes) { return PackedBytes.wordStarts(bytes) }
            guard let first = bytes.first else { return 0 }
            // A word starts at any scalar after a space (continuation bytes are never spaces).
            // U+3040–U+9FFF and U+F900–U+FAFF are three bytes led by E3 81–E9 and EF A4–AB.
            var words = first == 0x20 ? 0 : 1
            var ideographs = 0
            for index in 1..<bytes.count {
                let previous = bytes[index - 1]
                let byte = bytes[index]
                words &+= previous == 0x20 && byte != 0x20 ? 1 : 0
                let isIdeograph = (previous == 0xE3 && byte >= 0x81) || (previous > 0xE3 && previous <= 0xE9)
                    || (previous == 0xEF && byte >= 0xA4 && byte <= 0xAB)
                ideographs &+= isIdeograph ? 1 : 0
            }
            return words + ideographs / 2
        }
    }

    static func endsSentence(_ text: String) -> Bool {
        UTF8Characters.withBytes(text) { bytes in
            var end = bytes.count
            while end > 0 {
                let start = UTF8Characters.scalarStart(before: end, in: bytes)
                guard let (scalar, _) = UTF8Characters.scalar(in: bytes, at: start) else { return false }
                if closingMarks.contains(scalar) {
                    end = start
                    continue
                }
                return sentenceEnds.contains(scalar)
            }
            return false
        }
    }

    private static let closingMarks = Array("\"'”’)]»".unicodeScalars)
    private static let sentenceEnds = Array(".!?…:;。！？".unicodeScalars)

    /// True when a long line holds sentences, one end mark (". ", "? ", "! ", "。") in every
    /// forty words at least: a run-together list of labels has none.
    static func hasSentences(_ text: String, words: Int) -> Bool {
        UTF8Characters.withBytes(text) { bytes in
            var marks = 0
            var previous: UInt8 = 0
            for (index, byte) in bytes.enumerated() {
                if byte == 0x20 && (previous == UInt8(ascii: ".") || previous == UInt8(ascii: "?") || previous == UInt8(ascii: "!")) { marks += 1 }
                // "。" is E3 80 82.
                if byte == 0xE3 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x82 { marks += 1 }
                previous = byte
            }
            return marks * 40 >= words
        }
    }

    static func isLinkLike(_ text: String, words: Int) -> Bool {
        guard words <= 3 else { return false }
        return ASCIISearch.containsIgnoringCase(text, "http://") || ASCIISearch.containsIgnoringCase(text, "https://")
            || ASCIISearch.containsIgnoringCase(text, "www.")
            || (ASCIISearch.containsIgnoringCase(text, "@") && !ASCIISearch.containsIgnoringCase(text, " "))
            || ASCIISearch.hasSuffixIgnoringCase(text, ".com")
    }
}

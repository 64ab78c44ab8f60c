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

    var length: Int { text.count }

    init(_ text: String, startsParagraph: Bool) {
        self.text = text
        self.startsParagraph = startsParagraph
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
        if words >= 5 && (text.hasSuffix("...") || text.hasSuffix("…")) { return .truncated }
        // A question or an exclamation this short is more often a headline than story text.
        let isShortQuestion = words < 15 && (text.hasSuffix("?") || text.hasSuffix("!"))
        if words >= 8 && endsSentence && !isShortQuestion { return .prose }
        if words >= 30 && hasSentences(text, words: words) { return .prose }
        if words >= 4 && endsSentence && !isShortQuestion && text.first?.isUppercase == true { return .prose }
        return words >= 10 ? .headline : .short
    }

    /// Words separated by spaces; in scripts written without spaces (Chinese, Japanese), every
    /// two characters count as a word.
    static func wordCount(_ text: String) -> Int {
        var words = 0
        var inWord = false
        var ideographs = 0
        for scalar in text.unicodeScalars {
            if scalar == " " {
                inWord = false
            } else {
                if !inWord { words += 1 }
                inWord = true
                if (0x3040...0x9FFF).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value) { ideographs += 1 }
            }
        }
        return words + ideographs / 2
    }

    static func endsSentence(_ text: String) -> Bool {
        var last = text.unicodeScalars.last
        var rest = text.unicodeScalars.dropLast()
        while let character = last, "\"'”’)]»".unicodeScalars.contains(character) {
            last = rest.last
            rest = rest.dropLast()
        }
        guard let last else { return false }
        return ".!?…:;。！？".unicodeScalars.contains(last)
    }

    /// True when a long line holds sentences, one end mark (". ", "? ", "! ", "。") in every
    /// forty words at least: a run-together list of labels has none.
    static func hasSentences(_ text: String, words: Int) -> Bool {
        var marks = 0
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == 0x20 && (previous == UInt8(ascii: ".") || previous == UInt8(ascii: "?") || previous == UInt8(ascii: "!")) { marks += 1 }
            previous = byte
        }
        marks += text.unicodeScalars.filter { $0 == "。" }.count
        return marks * 40 >= words
    }

    static func isLinkLike(_ text: String, words: Int) -> Bool {
        guard words <= 3 else { return false }
        let lower = text.lowercased()
        return lower.contains("http://") || lower.contains("https://") || lower.contains("www.")
            || (lower.contains("@") && !lower.contains(" ")) || lower.hasSuffix(".com")
    }
}

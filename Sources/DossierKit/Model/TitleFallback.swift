/// The title of an article that has none: its first sentence, cut at a word boundary.
enum TitleFallback {
    static let maximumLength = 90

    static func title(fromFirstOf paragraphs: [String]) -> String {
        guard let first = paragraphs.first(where: { !$0.isEmpty }) else { return "Untitled" }
        // A sentence longer than the title can be is cut anyway: only its start is read, so a
        // paragraph of megabytes costs no more than a short one.
        let sentence = firstSentence(of: String(first.prefix(maximumLength + 2)))
        guard sentence.count > maximumLength else { return sentence }
        var cut = sentence.prefix(maximumLength)
        if let space = cut.lastIndex(of: " ") { cut = cut[..<space] }
        while let last = cut.last, ",;:—–-".contains(last) { cut = cut.dropLast() }
        return cut + "…"
    }

    /// The text up to the end of its first sentence, as the tokenizer cuts sentences
    /// (`TextSentences`: not at an abbreviation like "U.S." or "Mr.").
    static func firstSentence(of text: String) -> String {
        guard let first = TextSentences.ranges(in: text).first else { return text }
        return String(decoding: text.utf8.prefix(first.end), as: UTF8.self)
    }
}

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

    /// The text up to the first full stop, question or exclamation mark that ends a sentence:
    /// followed by a space and not part of an abbreviation like "U.S." or "Mr.".
    static func firstSentence(of text: String) -> String {
        // Characters are read only up to the sentence's end, not for the whole paragraph.
        var wordStart = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == " " {
                wordStart = next
            } else if ".!?".contains(character), next < text.endIndex, text[next] == " " {
                let word = String(text[wordStart..<index])
                let isAbbreviation = character == "." && (word.contains(".") || word.count == 1
                    || ["Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Jr", "Sr", "Prof", "No", "vs"].contains(word))
                if !isAbbreviation {
                    return String(text[...index])
                }
            }
            index = next
        }
        return text
    }
}

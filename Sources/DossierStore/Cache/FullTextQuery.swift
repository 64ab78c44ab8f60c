/// A user's search words as an FTS5 query: each word quoted (so that FTS5's operators and
/// punctuation in it are plain text), all of them required; a part in double quotes stays a
/// phrase, and a word ending in `*` matches as a prefix.
struct FullTextQuery {
    let expression: String

    init(_ text: String) {
        var terms: [String] = []
        var inPhrase = false
        for (number, part) in text.split(separator: "\"", omittingEmptySubsequences: false).enumerated() {
            inPhrase = number % 2 == 1
            if inPhrase {
                let words = part.split(whereSeparator: \.isWhitespace)
                if !words.isEmpty { terms.append("\"" + words.joined(separator: " ") + "\"") }
            } else {
                for word in part.split(whereSeparator: \.isWhitespace) {
                    let prefix = word.hasSuffix("*") && word.count > 1
                    let bare = prefix ? word.dropLast() : word
                    terms.append("\"" + bare + "\"" + (prefix ? "*" : ""))
                }
            }
        }
        expression = terms.joined(separator: " ")
    }
}

/// The sentences of a text as recognition cuts them (`TextTokenizer`): a full stop, question
/// or exclamation mark before a word that does not start in lower case ends one, unless it
/// ends an abbreviation ("Mr.", "U.S.") or an initial; a line break always does. The one
/// sentence splitter of the project, for any code that needs sentences (a title's first
/// sentence, the sentences a linker compares).
public enum TextSentences {
    /// Each sentence's range in the text's UTF-8 bytes, from its first token's start to its last
    /// token's end (closing quotes and brackets included), in order.
    /// - Complexity: O(n) in the text's UTF-8 length.
    public static func ranges(in text: String) -> [UTF8Range] {
        let tokens = TextTokenizer.tokenize(text)
        return (0..<tokens.sentenceCount).map { sentence in
            let range = tokens.sentence(sentence)
            return UTF8Range(tokens.range(of: range.lowerBound).start, tokens.range(of: range.upperBound - 1).end)
        }
    }
}

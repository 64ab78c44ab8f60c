/// `dossier tag`: reads tokens from the first column of a CoNLL file and writes `TOKEN TAG`
/// lines with IOB2 tags, keeping blank lines (sentence ends) and `-DOCSTART-` lines.
/// Each document (the lines between `-DOCSTART-` lines) is tagged as a whole, so that a name
/// keeps its type through it.
public enum CoNLLTagging {
    public static func tag(_ input: String, with recognizer: EntityRecognizer) -> String {
        var output = ""
        var document: [[String]] = []
        var sentence: [String] = []
        /// The lines between sentences, kept as they came: blank lines and `-DOCSTART-` lines.
        var separators: [[Substring]] = [[]]
        func flushDocument() {
            if !sentence.isEmpty {
                document.append(sentence)
                sentence = []
                separators.append([])
            }
            let tags = recognizer.tag(document: document)
            for (index, tokens) in document.enumerated() {
                for line in separators[index] { output += line + "\n" }
                for (token, tag) in zip(tokens, tags[index]) { output += token + " " + tag + "\n" }
            }
            for line in separators[document.count] { output += line + "\n" }
            document = []
            separators = [[]]
        }
        for line in input.split(separator: "\n", omittingEmptySubsequences: false) {
            let columns = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if let first = columns.first, first == "-DOCSTART-" {
                flushDocument()
                separators[0].append(line)
            } else if let first = columns.first {
                sentence.append(String(first))
            } else {
                if !sentence.isEmpty {
                    document.append(sentence)
                    sentence = []
                    separators.append([])
                }
                separators[separators.count - 1].append("")
            }
        }
        flushDocument()
        if output.hasSuffix("\n\n") { output.removeLast() }
        return output
    }
}

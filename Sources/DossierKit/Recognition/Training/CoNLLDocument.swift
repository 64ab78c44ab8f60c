/// One document of a CoNLL-2003 file: sentences of tokens with their gold tags (read as
/// IOB1 or IOB2, kept as IOB2).
struct CoNLLDocument: Sendable {
    var sentences: [[String]] = []
    var tags: [[EntityTag]] = []

    /// The documents of a CoNLL file: `-DOCSTART-` lines part documents, blank lines part
    /// sentences; the token is the first column and the tag the last. A file without
    /// `-DOCSTART-` is one document.
    /// - Throws: `DossierError.badInput` naming the line of a tag it cannot read.
    static func documents(in text: String, path: String) throws -> [CoNLLDocument] {
        var documents: [CoNLLDocument] = []
        var document = CoNLLDocument()
        var sentence: [String] = [], tags: [EntityTag] = []
        func endSentence() {
            guard !sentence.isEmpty else { return }
            document.sentences.append(sentence)
            document.tags.append(tags)
            sentence = []
            tags = []
        }
        func endDocument() {
            endSentence()
            if !document.sentences.isEmpty { documents.append(document) }
            document = CoNLLDocument()
        }
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let columns = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            guard let token = columns.first else {
                endSentence()
                continue
            }
            if token == "-DOCSTART-" {
                endDocument()
                continue
            }
            let label = columns.count > 1 ? columns[columns.count - 1] : "O"
            guard let tag = EntityTag(label: label, previous: tags.last ?? .outside) else {
                throw DossierError.badInput(path, reason: "line \(number + 1): unknown tag \(label)")
            }
            sentence.append(String(token))
            tags.append(tag)
        }
        endDocument()
        return documents
    }
}

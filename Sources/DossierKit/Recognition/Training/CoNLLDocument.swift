/// One document of a CoNLL-2003 file: sentences of tokens with their gold tags (read as
/// IOB1 or IOB2, kept as IOB2).
struct CoNLLDocument: Sendable {
    var sentences: [[String]] = []
    var tags: [[EntityTag]] = []

    /// The documents of a CoNLL file: `-DOCSTART-` lines part documents, blank lines part
    /// sentences; the token is the first column and the tag the last. A document longer than
    /// `CoNLLTagging.longestDocument` sentences (a file without `-DOCSTART-`: tweets) is cut
    /// into parts of that many, as `dossier tag` cuts it.
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
            if document.sentences.count == CoNLLTagging.longestDocument {
                documents.append(document)
                document = CoNLLDocument()
            }
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

    /// The entity types a set of documents annotates: those its gold tags use.
    static func annotatedTypes(in documents: [CoNLLDocument]) -> Set<EntityTag.EntityType> {
        Set(documents.lazy.flatMap(\.tags).joined().compactMap(\.type))
    }
}

extension CoNLLDocument {
    /// The document with social-media handles tagged O: "@" and the user name after it, or a
    /// token opening with "@". The Broad Twitter Corpus tags them as people or organizations,
    /// WNUT-17 does not, and articles seldom hold any; a handle's lower-case user name taught
    /// the tagger that lower-case words make names.
    func untaggingHandles() -> CoNLLDocument {
        var result = self
        for (sentence, tokens) in sentences.enumerated() {
            var tags = result.tags[sentence]
            for (index, token) in tokens.enumerated() where token.hasPrefix("@") {
                let end = token == "@" ? min(index + 2, tokens.count) : index + 1
                for position in index..<end { tags[position] = .outside }
                if end < tokens.count, let type = tags[end].type, !tags[end].begins { tags[end] = EntityTag(type, begins: true) }
            }
            result.tags[sentence] = tags
        }
        return result
    }
}

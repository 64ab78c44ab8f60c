/// `dossier tag`: reads tokens from the first column of a CoNLL file and writes `TOKEN TAG`
/// lines with IOB2 tags, keeping blank lines (sentence ends) and `-DOCSTART-` lines.
/// Each document (the lines between `-DOCSTART-` lines) is tagged as a whole, so that a name
/// keeps its type through it; a longer run of sentences than `longestDocument` (a file without
/// `-DOCSTART-` lines) is tagged in parts of that many sentences, so that what the tagger
/// remembers of a word stays near it.
/// - Complexity: O(n) in the input's length; the input is read as bytes, once.
public enum CoNLLTagging {
    /// Sentences tagged together at most.
    static let longestDocument = 200

    /// - Parameters:
    ///   - labels: the types to tag ("PER", "LOC", "ORG", "MISC"); names of other types are
    ///     written O, for a data set that annotates fewer types (UNER tags no MISC).
    ///   - linker: when given, the documents are linked as one corpus and each name takes the
    ///     kind linking gives it across the corpus (`NameKindVote`): the tags then say what
    ///     the reader's entity list says.
    public static func tag(_ input: String, with recognizer: EntityRecognizer, labels: Set<String>? = nil,
                           linker: EntityLinker? = nil) -> String {
        let kept = Set(EntityTag.EntityType.allCases.filter { labels?.contains($0.label) ?? true })
        let bytes = Array(input.utf8)
        let lines = Line.split(bytes)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var scorer = ModelScorer(model: recognizer.tagger.model)
        var tagged: [(bounds: Range<Int>, tags: [EntityTag])] = []
        var linking = linker.map { _ in CorpusRetyping() }
        for bounds in documents(in: lines) {
            var text = TokenizedText(bytes: bytes)
            for line in lines[bounds] {
                switch line.kind {
                case .token: text.appendToken(line.start, line.tokenEnd)
                case .blank, .documentStart: text.endSentence()
                }
            }
            text.endSentence()
            let document = TaggingDocument(text, gazetteers: recognizer.tagger.gazetteers)
            let tags = recognizer.tagger.tag(document, with: &scorer)
            linking?.append(document, tags: tags, mentions: recognizer.mentions)
            tagged.append((bounds, tags))
        }
        if let linker, let linking {
            let retyped = linking.retyped(by: linker)
            for index in tagged.indices { tagged[index].tags = retyped[index] }
        }
        for (bounds, tags) in tagged {
            let document = lines[bounds]
            let tags = tags.map { tag in tag.type.map(kept.contains) == false ? EntityTag.outside : tag }
            var token = 0
            for line in document {
                if line.kind == .token {
                    output += bytes[line.start..<line.tokenEnd]
                    output.append(UInt8(ascii: " "))
                    output += tags[token].labelBytes
                    token += 1
                } else {
                    output += bytes[line.start..<line.end]
                }
                output.append(UInt8(ascii: "\n"))
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The lines of each document: from a `-DOCSTART-` line (or the start) to the next, or
    /// to the end of the `longestDocument`th sentence.
    static func documents(in lines: [Line]) -> [Range<Int>] {
        var documents: [Range<Int>] = []
        var start = 0
        while start < lines.count {
            var end = start + 1
            var sentences = 0
            while end < lines.count, lines[end].kind != .documentStart, sentences < longestDocument {
                if lines[end].kind == .blank, lines[end - 1].kind == .token { sentences += 1 }
                end += 1
            }
            documents.append(start..<end)
            start = end
        }
        return documents
    }

    /// One line of a CoNLL file.
    struct Line {
        enum Kind { case token, blank, documentStart }
        var kind: Kind
        var start: Int
        var end: Int
        /// The end of the first column.
        var tokenEnd: Int

        static func split(_ bytes: [UInt8]) -> [Line] {
            var lines: [Line] = []
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                if end == bytes.count && start == end { break }
                var contentEnd = end
                if contentEnd > start, bytes[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
                var tokenStart = start
                while tokenStart < contentEnd, isBlank(bytes[tokenStart]) { tokenStart += 1 }
                var tokenEnd = tokenStart
                while tokenEnd < contentEnd, !isBlank(bytes[tokenEnd]) { tokenEnd += 1 }
                if tokenStart == tokenEnd {
                    lines.append(Line(kind: .blank, start: start, end: start, tokenEnd: start))
                } else {
                    let isDocumentStart = bytes[tokenStart] == UInt8(ascii: "-") && bytes[tokenStart..<tokenEnd].elementsEqual(documentStart)
                    lines.append(Line(kind: isDocumentStart ? .documentStart : .token, start: isDocumentStart ? start : tokenStart,
                                      end: contentEnd, tokenEnd: tokenEnd))
                }
                start = end + 1
            }
            return lines
        }

        private static let documentStart = Array("-DOCSTART-".utf8)

        private static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
    }
}

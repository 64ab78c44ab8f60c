/// Tagged documents linked as one corpus, and their names retyped by the kind linking gives
/// them (`NameKindVote`): "Salesforce" tagged a person in one document is an organization
/// where the corpus says so. For `CoNLLTagging` with a linker, so that a tagged file says what
/// the reader's entity list says, and the corpus-level rules can be scored against gold tags.
///
/// A name is retyped only where linking changed the kind of its one mention: a place the
/// gazetteers make a government ("the Kremlin") or a demonym made a country keeps its tag.
struct CorpusRetyping {
    private struct Document {
        let text: TokenizedText
        let tags: [EntityTag]
        /// Each name the mention builder made exactly one mention of: the name, and the index
        /// of its mention in the document's records.
        let names: [(name: TaggedName, mention: Int)]
    }

    private var documents: [Document] = []
    private var input = LinkInput()

    /// Adds the next document, tagged.
    mutating func append(_ document: TaggingDocument, tags: [EntityTag], mentions builder: MentionBuilder) {
        let text = document.text
        let mentions = builder.mentions(in: document, tags: tags)
        var records: [MentionRecord] = []
        records.reserveCapacity(mentions.count)
        for mention in mentions {
            let token = text.token(startingAt: mention.range.start) ?? 0
            let sentence = partitionPoint(text.sentenceBounds) { $0 > token } - 1
            // The tokens joined by spaces: what lies between them in a CoNLL file is its other
            // columns (the gold tags among them), which linking must not read.
            var words: [String] = []
            var next = token
            while next < text.count, text.range(of: next).end <= mention.range.end {
                words.append(text.text(of: next))
                next += 1
            }
            let surface = words.joined(separator: " ")
            records.append(MentionRecord(range: mention.range, kind: mention.kind, form: mention.form,
                                         name: mention.kind == .country ? mention.name : surface, surface: surface,
                                         code: mention.code, sentence: max(0, sentence), paragraph: 0))
        }
        var names: [(name: TaggedName, mention: Int)] = []
        for name in TaggedName.all(in: tags, of: text) {
            let start = text.range(of: name.tokens.lowerBound).start, end = text.range(of: name.tokens.upperBound - 1).end
            let inside = records.indices.filter { records[$0].range.start >= start && records[$0].range.end <= end }
            if inside.count == 1 { names.append((name, inside[0])) }
        }
        input.append(records)
        documents.append(Document(text: text, tags: tags, names: names))
    }

    /// Each document's tags, its names retyped by the kinds `linker` gives their mentions.
    func retyped(by linker: EntityLinker) -> [[EntityTag]] {
        let index = linker.link(input)
        return documents.indices.map { number in
            let document = documents[number]
            var tags = document.tags
            let first = Int(input.articleStarts[number])
            for (name, mention) in document.names {
                let kind = index.entities[index.entity(at: MentionLocation(article: number, index: mention))].kind
                guard kind != input.kinds[first + mention], let type = Self.type(of: kind), type != name.type else { continue }
                for token in name.tokens { tags[token] = EntityTag(type, begins: token == name.tokens.lowerBound) }
            }
            return tags
        }
    }

    private static func type(of kind: EntityKind) -> EntityTag.EntityType? {
        switch kind {
        case .person: .person
        case .organization: .organization
        case .place: .location
        case .country: nil
        }
    }
}

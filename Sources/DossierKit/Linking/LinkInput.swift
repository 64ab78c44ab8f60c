/// What linking reads: every article's mention records, in corpus order, with their names
/// interned. No text: a store gives its stored records, and linking a large corpus costs a
/// pass over integers plus one look at each distinct name.
public struct LinkInput: Sendable {
    /// Each distinct name, surface form and country code, by number.
    public private(set) var strings: [String] = []
    /// The number of each string; made on the first `number(_:)` after `init(strings:)`.
    private var numbers: [String: Int32]? = [:]

    /// For each article, where its mentions begin in the arrays below; one more at the end.
    public private(set) var articleStarts: [Int32] = [0]
    public private(set) var starts: [Int32] = []
    public private(set) var kinds: [EntityKind] = []
    public private(set) var forms: [MentionForm] = []
    public private(set) var names: [Int32] = []
    public private(set) var surfaces: [Int32] = []
    /// The code's string number, or -1.
    public private(set) var codes: [Int32] = []
    public private(set) var sentences: [Int32] = []
    /// The paragraph each mention stands in (`MentionRecord.paragraph`).
    public private(set) var paragraphs: [Int32] = []

    public init() {}

    /// Starts with strings already numbered (a store's name table): number `i` is `strings[i]`.
    public init(strings: [String]) {
        self.strings = strings
        numbers = nil
    }

    public var articleCount: Int { articleStarts.count - 1 }
    public var mentionCount: Int { starts.count }

    /// The number of a string, given it one if it has none.
    public mutating func number(_ string: String) -> Int32 {
        if numbers == nil {
            var all: [String: Int32] = [:]
            all.reserveCapacity(strings.count)
            for (index, string) in strings.enumerated() where all[string] == nil { all[string] = Int32(index) }
            numbers = all
        }
        if let number = numbers![string] { return number }
        let number = Int32(strings.count)
        strings.append(string)
        numbers![string] = number
        return number
    }

    /// Adds the next article's mentions, sorted by range.
    public mutating func append(_ mentions: [MentionRecord]) {
        for mention in mentions {
            let name = number(mention.name)
            appendMention(start: Int32(mention.range.start), kind: mention.kind, form: mention.form, name: name,
                          surface: mention.surface == mention.name ? name : number(mention.surface),
                          code: mention.code.map { number($0) } ?? -1, sentence: Int32(mention.sentence),
                          paragraph: Int32(mention.paragraph))
        }
        endArticle()
    }

    /// Adds a mention to the current article, its strings already numbered.
    public mutating func appendMention(start: Int32, kind: EntityKind, form: MentionForm, name: Int32, surface: Int32,
                                       code: Int32, sentence: Int32, paragraph: Int32) {
        starts.append(start)
        kinds.append(kind)
        forms.append(form)
        names.append(name)
        surfaces.append(surface)
        codes.append(code)
        sentences.append(sentence)
        paragraphs.append(paragraph)
    }

    /// Ends the current article (an article without mentions is ended at once).
    public mutating func endArticle() {
        articleStarts.append(Int32(starts.count))
    }

    public mutating func reserveCapacity(articles: Int, mentions: Int) {
        articleStarts.reserveCapacity(articles + 1)
        starts.reserveCapacity(mentions)
        kinds.reserveCapacity(mentions)
        forms.reserveCapacity(mentions)
        names.reserveCapacity(mentions)
        surfaces.reserveCapacity(mentions)
        codes.reserveCapacity(mentions)
        sentences.reserveCapacity(mentions)
        paragraphs.reserveCapacity(mentions)
    }
}

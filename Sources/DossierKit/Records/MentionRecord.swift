/// A recognized mention as a processed record keeps it: everything linking needs, so that
/// linking reads records and never texts.
public struct MentionRecord: Hashable, Sendable, Codable {
    /// Where it stands in the article's text (UTF-8 offsets).
    public var range: UTF8Range
    public var kind: EntityKind
    public var form: MentionForm
    /// The name it stands for: the surface form for a name, the country's name for an alias
    /// or a demonym (see `RecognizedMention.name`).
    public var name: String
    /// The text as written ("Belarusian"); equal to `name` for most names.
    public var surface: String
    /// ISO 3166-1 alpha-2 code for a country.
    public var code: String?
    /// The number of the sentence it stands in, counted from the start of the text.
    public var sentence: Int
    /// The number of the paragraph it stands in: the title, the subtitle and each block, in order.
    public var paragraph: Int

    public init(range: UTF8Range, kind: EntityKind, form: MentionForm, name: String, surface: String,
                code: String? = nil, sentence: Int, paragraph: Int) {
        self.range = range
        self.kind = kind
        self.form = form
        self.name = name
        self.surface = surface
        self.code = code
        self.sentence = sentence
        self.paragraph = paragraph
    }
}

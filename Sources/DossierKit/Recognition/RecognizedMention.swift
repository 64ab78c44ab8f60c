/// A mention found in one article, before linking across the corpus.
public struct RecognizedMention: Hashable, Sendable {
    public var range: UTF8Range
    public var kind: EntityKind
    public var form: MentionForm
    /// The name the mention stands for: the surface form for a name ("Lukashenko"), the
    /// country's name for an alias or demonym ("Belarus" for "Belarusian").
    public var name: String
    /// ISO 3166-1 alpha-2 code when the mention is of a country.
    public var code: String?

    public init(range: UTF8Range, kind: EntityKind, form: MentionForm, name: String, code: String? = nil) {
        self.range = range
        self.kind = kind
        self.form = form
        self.name = name
        self.code = code
    }
}

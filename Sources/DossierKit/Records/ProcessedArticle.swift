/// One source turned into what the reader needs of it: the cleaned article and its
/// recognized mentions, with where it came from, a hash of the bytes it was made from and the
/// pipeline version that made it. It depends on no other article, so it is made once per
/// content and version, on any core, and kept.
public struct ProcessedArticle: Hashable, Sendable, Codable {
    public var identity: SourceIdentity
    /// A 64-bit hash of the bytes processed: the file, or the record's line.
    public var contentHash: UInt64
    /// `PipelineVersion.current` when it was made; records of another version are made again.
    public var pipelineVersion: String
    public var article: Article
    /// Sorted by range, never overlapping.
    public var mentions: [MentionRecord]
    /// Set when recognition did not run on this article, saying why (for the reader's status line).
    public var recognitionNote: String?

    public init(identity: SourceIdentity, contentHash: UInt64, pipelineVersion: String, article: Article,
                mentions: [MentionRecord], recognitionNote: String? = nil) {
        self.identity = identity
        self.contentHash = contentHash
        self.pipelineVersion = pipelineVersion
        self.article = article
        self.mentions = mentions
        self.recognitionNote = recognitionNote
    }
}

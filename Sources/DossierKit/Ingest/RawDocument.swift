/// The bytes of one document before extraction, with what is already known about it.
public struct RawDocument: Sendable {
    public enum Format: String, Sendable {
        case html
        case text
    }

    /// The path it came from; `path:LINE` for a record of a JSON Lines file.
    public var source: String
    public var bytes: [UInt8]
    public var format: Format
    /// Fields a structured source (a JSON Lines record) gave directly; extraction keeps them.
    public var known: ArticleDraft?

    public init(source: String, bytes: [UInt8], format: Format, known: ArticleDraft? = nil) {
        self.source = source
        self.bytes = bytes
        self.format = format
        self.known = known
    }
}

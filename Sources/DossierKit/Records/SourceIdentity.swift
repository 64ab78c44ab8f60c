/// Where a processed article came from, as change detection compares it: a file by its path,
/// size and modification time; a record of a JSON Lines file by the file and its line too.
public struct SourceIdentity: Hashable, Sendable, Codable {
    /// The file's path as found (absolute when the store made it so); `-` for standard input.
    public var path: String
    /// The record's 1-based line in a JSON Lines file; nil for a whole file.
    public var line: Int?
    /// The file's size in bytes and modification time (seconds since 1970, with fractions),
    /// as they were when it was read.
    public var size: Int64
    public var modified: Double

    public init(path: String, line: Int? = nil, size: Int64 = 0, modified: Double = 0) {
        self.path = path
        self.line = line
        self.size = size
        self.modified = modified
    }

    /// How the article's `source` is written: `path`, or `path:LINE` for a record.
    public var source: String {
        line.map { "\(path):\($0)" } ?? path
    }
}

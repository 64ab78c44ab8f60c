import DossierKit

/// A file to read, as a scan of the user's paths found it.
public struct ScannedFile: Sendable, Hashable {
    /// The absolute path, what the cache keys the file by; `-` for standard input.
    public let path: String
    /// The path as the user's argument led to it, for showing.
    public let display: String
    public let size: Int64
    public let modified: Double

    public init(path: String, display: String, size: Int64, modified: Double) {
        self.path = path
        self.display = display
        self.size = size
        self.modified = modified
    }

    public var isStandardInput: Bool { path == SourceDiscovery.standardInput }
}

import DossierKit

/// A corpus as the store knows it: the set of absolute paths it was opened with, in any
/// order, and an id made of them.
public struct CorpusIdentity: Sendable, Hashable {
    public let roots: [String]
    public let id: String

    public init(roots: [String]) {
        self.roots = Array(Set(roots)).sorted()
        id = ContentHash.hex(ContentHash.of(self.roots.joined(separator: "\n").utf8))
    }
}

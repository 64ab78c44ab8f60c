import Foundation

/// The version of the code and data that turn a source into a `ProcessedArticle`. A stored
/// record made by another version is made again (in the background; the old one is shown
/// until then).
public enum PipelineVersion {
    /// Raised by hand whenever extraction, recognition or the record's layout changes what a
    /// record holds. Changes to the shipped model or gazetteers change `current` by themselves.
    /// 2: articles keep the page's address (`Article.url`).
    public static let code = 2

    /// `code` and a hash of the shipped recognition resources: "1-3f2a…".
    public static let current: String = "\(code)-" + ContentHash.hex(resourceHash())

    /// Hashes the bundled resource files, in path order, names and contents.
    private static func resourceHash() -> UInt64 {
        guard let root = Bundle.module.url(forResource: "Resources", withExtension: nil),
              let enumerator = FileManager.default.enumerator(atPath: root.path) else { return 0 }
        var hash = ContentHash.seed
        let files = enumerator.compactMap { $0 as? String }.sorted()
        for relative in files {
            let url = root.appendingPathComponent(relative)
            guard let data = try? Data(contentsOf: url, options: .mappedIfSafe) else { continue }
            hash = ContentHash.of(relative.utf8, seed: hash)
            hash = data.withUnsafeBytes { ContentHash.of($0, seed: hash) }
        }
        return hash
    }
}

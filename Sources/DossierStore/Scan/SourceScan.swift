import DossierKit
import Foundation

/// The files under the user's paths, in reading order, each with its size and modification
/// time for telling whether it changed since it was processed.
public struct SourceScan: Sendable {
    public let files: [ScannedFile]
    public let problems: [DossierError]
    /// The absolute forms of the user's paths: the corpus they make, and where the cache
    /// looks for what it holds of them.
    public let roots: [String]
    /// What the cache holds of each file, in the order of `files`, when the scan was made
    /// from the cache.
    let stored: [CacheDatabase.StoredFile]?

    public init(paths: [String]) {
        var files: [ScannedFile] = []
        var problems: [DossierError] = []
        var roots: [String] = []
        var seen: Set<String> = []
        for path in paths {
            let root = path == SourceDiscovery.standardInput ? path : Self.absolute(path)
            roots.append(root)
            let (found, met) = SourceDiscovery.find(in: [path])
            problems += met
            // A file's absolute path is its root's with the rest of what was found after it.
            let given = path.utf8.count
            for file in found {
                let absolute = file.path == SourceDiscovery.standardInput ? file.path
                    : file.path.utf8.count == given ? root
                    : (root == "/" ? "" : root) + "/" + String(decoding: file.path.utf8.dropFirst(given).drop { $0 == UInt8(ascii: "/") }, as: UTF8.self)
                guard seen.insert(absolute).inserted else { continue }
                files.append(ScannedFile(path: absolute, display: file.path, size: file.size, modified: file.modified))
            }
        }
        self.files = files
        self.problems = problems
        self.roots = roots
        self.stored = nil
    }

    /// The files under `paths` as the cache last saw them, in the order a scan gives, without
    /// looking at the disk: what a reader shows at once while the real scan runs.
    init(remembered paths: [String], cache: CacheDatabase) throws {
        var files: [ScannedFile] = []
        var roots: [String] = []
        var storedFiles: [CacheDatabase.StoredFile] = []
        var seen: Set<String> = []
        for path in paths {
            let root = Self.absolute(path)
            roots.append(root)
            for (stored, file) in try cache.rememberedFiles(under: root) {
                // Nested roots name some files twice; the first stands, as in a scan of the disk.
                if paths.count > 1, !seen.insert(stored).inserted { continue }
                let display = stored == root ? path
                    : (path.hasSuffix("/") ? path : path + "/") + String(stored.dropFirst(root == "/" ? 1 : root.count + 1))
                files.append(ScannedFile(path: stored, display: display, size: file.size, modified: file.modified))
                storedFiles.append(file)
            }
        }
        self.files = files
        self.problems = []
        self.roots = roots
        self.stored = storedFiles
    }

    /// A path made absolute against the working folder, with "." and ".." resolved and no
    /// trailing slash; symbolic links are kept as given.
    static func absolute(_ path: String) -> String {
        let joined = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var parts: [Substring] = []
        for part in joined.split(separator: "/") {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }
}

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

    public init(paths: [String]) {
        let (found, problems) = SourceDiscovery.files(in: paths)
        var files: [ScannedFile] = []
        files.reserveCapacity(found.count)
        var more = problems
        for display in found {
            if display == SourceDiscovery.standardInput {
                files.append(ScannedFile(path: display, display: display, size: 0, modified: 0))
                continue
            }
            let path = Self.absolute(display)
            var info = stat()
            guard stat(path, &info) == 0 else {
                more.append(.unreadable(display, reason: String(cString: strerror(errno))))
                continue
            }
            let modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
            files.append(ScannedFile(path: path, display: display, size: Int64(info.st_size), modified: modified))
        }
        self.files = files
        self.problems = more
        self.roots = paths.map { $0 == SourceDiscovery.standardInput ? $0 : Self.absolute($0) }
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

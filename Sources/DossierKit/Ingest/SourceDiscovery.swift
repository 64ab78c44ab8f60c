import Foundation

/// Turns the paths a user gave into the list of files to read: files as given, folders
/// searched recursively for readable files, in a stable order. `-` stands for standard input.
public enum SourceDiscovery {
    /// File name endings Dossier reads (a `.gz` ending is read through gzip first).
    public static let readableExtensions: Set<String> = ["html", "htm", "xhtml", "txt", "text", "jsonl", "ndjson"]

    /// The path that stands for standard input.
    public static let standardInput = "-"

    public static func isReadable(_ path: String) -> Bool {
        var name = (path as NSString).lastPathComponent.lowercased()
        if name.hasPrefix(".") { return false }
        if name.hasSuffix(".gz") { name.removeLast(3) }
        return readableExtensions.contains((name as NSString).pathExtension)
    }

    /// The files under `paths`, and a problem for each path that gives none. A file given by
    /// name is kept whatever its ending; a folder contributes its readable files, sorted by path.
    /// Problems: `DossierError.missingPath` for a path that does not exist,
    /// `DossierError.nothingReadable` for a folder with no readable file.
    public static func files(in paths: [String]) -> (files: [String], problems: [DossierError]) {
        let fileManager = FileManager.default
        var result: [String] = []
        var problems: [DossierError] = []
        var seen: Set<String> = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if path != standardInput && !fileManager.fileExists(atPath: path, isDirectory: &isDirectory) {
                problems.append(.missingPath(path))
                continue
            }
            if path == standardInput || !isDirectory.boolValue {
                if seen.insert(path).inserted { result.append(path) }
                continue
            }
            guard let enumerator = fileManager.enumerator(atPath: path) else {
                problems.append(.unreadable(path, reason: "cannot list the folder"))
                continue
            }
            var found: [String] = []
            for case let relative as String in enumerator where isReadable(relative) {
                let full = (path as NSString).appendingPathComponent(relative)
                var isFolder: ObjCBool = false
                if fileManager.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                    found.append(full)
                }
            }
            if found.isEmpty { problems.append(.nothingReadable(path)) }
            for file in found.sorted() where seen.insert(file).inserted { result.append(file) }
        }
        return (result, problems)
    }
}

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

    /// The files under `paths`. A file given by name is kept whatever its ending; a folder
    /// contributes its readable files, sorted by path.
    /// - Throws: `DossierError.missingPath` for a path that does not exist,
    ///   `DossierError.nothingReadable` for a folder with no readable file.
    public static func files(in paths: [String]) throws -> [String] {
        let fileManager = FileManager.default
        var result: [String] = []
        var seen: Set<String> = []
        for path in paths {
            if path == standardInput {
                if seen.insert(path).inserted { result.append(path) }
                continue
            }
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw DossierError.missingPath(path)
            }
            if !isDirectory.boolValue {
                if seen.insert(path).inserted { result.append(path) }
                continue
            }
            guard let enumerator = fileManager.enumerator(atPath: path) else {
                throw DossierError.unreadable(path, reason: "cannot list the folder")
            }
            var found: [String] = []
            for case let relative as String in enumerator where isReadable(relative) {
                let full = (path as NSString).appendingPathComponent(relative)
                var isFolder: ObjCBool = false
                if fileManager.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
                    found.append(full)
                }
            }
            if found.isEmpty { throw DossierError.nothingReadable(path) }
            for file in found.sorted() where seen.insert(file).inserted { result.append(file) }
        }
        return result
    }
}

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
    /// `DossierError.nothingReadable` for a folder with no readable file,
    /// `DossierError.unreadable` for a folder or subfolder that cannot be listed (its
    /// readable neighbours are still found).
    public static func files(in paths: [String]) -> (files: [String], problems: [DossierError]) {
        var result: [String] = []
        var problems: [DossierError] = []
        var seen: Set<String> = []
        for path in paths {
            var status = stat()
            if path != standardInput && stat(path, &status) != 0 {
                problems.append(errno == ENOENT ? .missingPath(path) : .unreadable(path, reason: InputFile.reason(errno)))
                continue
            }
            if path == standardInput || status.st_mode & S_IFMT != S_IFDIR {
                if seen.insert(path).inserted { result.append(path) }
                continue
            }
            var found: [String] = []
            var unlisted: [DossierError] = []
            walk(path, into: &found, problems: &unlisted)
            if found.isEmpty && unlisted.isEmpty { problems.append(.nothingReadable(path)) }
            problems += unlisted
            for file in found.sorted() where seen.insert(file).inserted { result.append(file) }
        }
        return (result, problems)
    }

    /// Adds the readable files under `folder` to `found`, and a problem for each folder that
    /// cannot be listed. Links to folders are not followed, so a link loop cannot trap the
    /// walk; links to files are read like files.
    private static func walk(_ folder: String, into found: inout [String], problems: inout [DossierError]) {
        guard let directory = opendir(folder) else {
            problems.append(.unreadable(folder, reason: "cannot list the folder: " + InputFile.reason(errno)))
            return
        }
        defer { closedir(directory) }
        var folders: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let full = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var status = stat()
            guard lstat(full, &status) == 0 else { continue } // gone since it was listed
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                folders.append(full)
            case S_IFLNK:
                var target = stat()
                if isReadable(name), stat(full, &target) == 0, target.st_mode & S_IFMT != S_IFDIR { found.append(full) }
            default:
                if isReadable(name) { found.append(full) }
            }
        }
        for subfolder in folders { walk(subfolder, into: &found, problems: &problems) }
    }
}

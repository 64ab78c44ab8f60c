import Foundation

/// Turns the paths a user gave into the list of files to read: files as given, folders
/// searched recursively for readable files, in a stable order. `-` stands for standard input.
public enum SourceDiscovery {
    /// File name endings Dossier reads (a `.gz` ending is read through gzip first).
    public static let readableExtensions: Set<String> = ["html", "htm", "xhtml", "txt", "text", "jsonl", "ndjson"]

    /// The path that stands for standard input.
    public static let standardInput = "-"

    /// Whether a file's name says Dossier reads it: one of `readableExtensions`, gzipped or
    /// not, and not hidden. Read from the name's bytes: a folder of 50,000 files asks 50,000 times.
    public static func isReadable(_ path: String) -> Bool {
        var name = Array(path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).last ?? [])
        guard name.first != UInt8(ascii: ".") else { return false }
        for index in name.indices where name[index] >= 0x41 && name[index] <= 0x5A { name[index] |= 0x20 }
        if name.count > 3 && name.suffix(3).elementsEqual(".gz".utf8) { name.removeLast(3) }
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > 0 else { return false }
        return readableExtensions.contains(String(decoding: name[(dot + 1)...], as: UTF8.self))
    }

    /// A file found, with the size and modification time it had when found.
    public struct FoundFile: Sendable, Hashable {
        /// The path as the user's argument led to it.
        public let path: String
        public let size: Int64
        /// Seconds since 1970, with fractions.
        public let modified: Double
    }

    /// The files under `paths`, and a problem for each path that gives none. A file given by
    /// name is kept whatever its ending; a folder contributes its readable files sorted by the
    /// bytes of their paths.
    /// Problems: `DossierError.missingPath` for a path that does not exist,
    /// `DossierError.nothingReadable` for a folder with no readable file,
    /// `DossierError.unreadable` for a folder or subfolder that cannot be listed (its
    /// readable neighbours are still found).
    public static func files(in paths: [String]) -> (files: [String], problems: [DossierError]) {
        let (found, problems) = find(in: paths)
        return (found.map(\.path), problems)
    }

    /// `files(in:)` with each file's size and modification time, read as the folders are listed.
    public static func find(in paths: [String]) -> (files: [FoundFile], problems: [DossierError]) {
        var result: [FoundFile] = []
        var problems: [DossierError] = []
        var seen: Set<String> = []
        for path in paths {
            var status = stat()
            if path != standardInput && stat(path, &status) != 0 {
                problems.append(errno == ENOENT ? .missingPath(path) : .unreadable(path, reason: InputFile.reason(errno)))
                continue
            }
            if path == standardInput || status.st_mode & S_IFMT != S_IFDIR {
                if seen.insert(path).inserted {
                    result.append(path == standardInput ? FoundFile(path: path, size: 0, modified: 0) : found(path, status))
                }
                continue
            }
            var found: [FoundFile] = []
            var unlisted: [DossierError] = []
            walk(path, into: &found, problems: &unlisted)
            if found.isEmpty && unlisted.isEmpty { problems.append(.nothingReadable(path)) }
            problems += unlisted
            for file in found where seen.insert(file.path).inserted { result.append(file) }
        }
        return (result, problems)
    }

    /// Whether `a` sorts before `b` by their UTF-8 bytes.
    public static func bytesPrecede(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let shared = min(x.count, y.count)
                let order = shared == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, shared)
                return order != 0 ? order < 0 : x.count < y.count
            }
        }
    }

    private static func found(_ path: String, _ status: stat) -> FoundFile {
        FoundFile(path: path, size: Int64(status.st_size),
                  modified: Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1e9)
    }

    /// Adds the readable files under `folder` to `found`, in path order, and a problem for
    /// each folder that cannot be listed. Links to folders are not followed, so a link loop
    /// cannot trap the walk; links to files are read like files.
    private static func walk(_ folder: String, into found: inout [FoundFile], problems: inout [DossierError]) {
        guard let directory = opendir(folder) else {
            problems.append(.unreadable(folder, reason: "cannot list the folder: " + InputFile.reason(errno)))
            return
        }
        let descriptor = dirfd(directory)
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        /// A readable file, or a folder to walk.
        var entries: [(name: String, file: FoundFile?)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            var status = stat()
            // Looked up in the open folder, by name: no path to resolve again.
            guard fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { continue } // gone since it was listed
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                entries.append((name, nil))
            case S_IFLNK:
                var target = stat()
                if isReadable(name), fstatat(descriptor, name, &target, 0) == 0, target.st_mode & S_IFMT != S_IFDIR {
                    entries.append((name, Self.found(prefix + name, target)))
                }
            default:
                if isReadable(name) { entries.append((name, Self.found(prefix + name, status))) }
            }
        }
        closedir(directory)
        // By bytes, a folder's name with its slash: the order of the full paths' bytes (as a
        // database sorts them), made of one small sort a folder.
        for index in entries.indices where entries[index].file == nil { entries[index].name += "/" }
        entries.sort { bytesPrecede($0.name, $1.name) }
        for entry in entries {
            if let file = entry.file {
                found.append(file)
            } else {
                walk(prefix + entry.name.dropLast(), into: &found, problems: &problems)
            }
        }
    }
}

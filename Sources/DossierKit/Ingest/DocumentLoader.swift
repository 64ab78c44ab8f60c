import Foundation

/// Reads one file into raw documents: gzip is undone, the format is taken from the name (or
/// sniffed), and a JSON Lines file gives one document per record.
public enum DocumentLoader {
    /// The documents of one file, and the problems with records that could not be read.
    /// - Throws: `DossierError` when the file itself cannot be read.
    public static func load(path: String) throws -> (documents: [RawDocument], problems: [DossierError]) {
        let contents = path == SourceDiscovery.standardInput
            ? FileHandle.standardInput.readDataToEndOfFile()
            : FileManager.default.contents(atPath: path)
        guard let data = contents else {
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                throw DossierError.missingPath(path)
            }
            throw DossierError.unreadable(path, reason: isDirectory.boolValue ? "it is a folder" : "permission denied")
        }
        var bytes = [UInt8](data)
        var name = (path as NSString).lastPathComponent.lowercased()
        if name.hasSuffix(".gz") || Gzip.isCompressed(bytes) {
            do {
                bytes = try Gzip.decompress(bytes)
            } catch {
                throw DossierError.unreadable(path, reason: "\(error)")
            }
            if name.hasSuffix(".gz") { name.removeLast(3) }
        }
        switch (name as NSString).pathExtension {
        case "jsonl", "ndjson":
            return JSONLinesRecords.documents(in: bytes, path: path)
        case "html", "htm", "xhtml":
            return ([RawDocument(source: path, bytes: bytes, format: .html)], [])
        case "txt", "text":
            return ([RawDocument(source: path, bytes: bytes, format: .text)], [])
        default:
            return ([RawDocument(source: path, bytes: bytes, format: looksLikeHTML(bytes) ? .html : .text)], [])
        }
    }

    /// True when the first non-blank bytes open a tag and an html, head or body tag appears early.
    static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(2048), as: UTF8.self).lowercased()
        guard head.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).first == "<" else { return false }
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") || head.contains("<head")
    }
}

import Foundation

/// A temporary folder of hostile inputs for the end-to-end tests, written at test time:
/// names with escape sequences, gzip bombs, binary files, named pipes. Removed on deinit.
final class HostileFolder {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = try ReaderRun.temporaryFolder()
    }

    deinit {
        chmod(url.path, 0o755)
        try? FileManager.default.removeItem(at: url)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Array(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
        return file.path
    }

    /// A gzip file of `line` repeated to `size` bytes, made by the shell's gzip: a few hundred
    /// KB on disk for hundreds of MB inflated.
    @discardableResult
    func writeGzipBomb(_ name: String, line: String, size: Int) throws -> String {
        let target = path(name)
        let script = "yes \"$1\" | head -c \"$2\" | gzip -1 > \"$3\""
        let result = try ToolRun.run("/bin/sh", ["-c", script, "sh", line, String(size), target],
                                     environment: ["PATH": "/usr/bin:/bin"])
        guard result.status == 0 else { throw TmuxSession.Failure(description: "gzip failed: \(result.errors)") }
        return target
    }

    /// A named pipe that nothing writes to.
    @discardableResult
    func makeFIFO(_ name: String) throws -> String {
        guard mkfifo(path(name), 0o644) == 0 else { throw TmuxSession.Failure(description: "mkfifo failed") }
        return path(name)
    }
}

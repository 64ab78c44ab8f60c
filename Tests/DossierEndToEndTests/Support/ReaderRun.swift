import Foundation

/// Where the built `dossier` is, and the fixture folders and wrapper script the end-to-end
/// tests run it with.
enum ReaderRun {
    /// `dossier` as `swift test` builds it: in the build products folder beside the test
    /// bundle (on Linux the bundle is an executable in that folder).
    static let binary: URL? = {
        var folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("dossier")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return nil
    }()

    static var isPossible: Bool { binary != nil && TmuxSession.isAvailable }

    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A folder for the cache and reading state of the commands the tests run, so that
    /// they use neither the user's nor each other's by accident: one for this test process,
    /// open to every user (a test runs the binary as `nobody`).
    static let storeHome: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-e2e-home-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        chmod(folder.path, 0o1777)
        return folder
    }()

    /// The environment variables that put the cache and reading state under `home`.
    static func storeEnvironment(_ home: URL = storeHome) -> [String: String] {
        ["XDG_CACHE_HOME": home.appendingPathComponent("cache").path, "XDG_DATA_HOME": home.appendingPathComponent("data").path]
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A shell line that runs `dossier` with `arguments` (standard input from a file when
    /// given), then prints its exit status and the terminal's line-discipline flags, to see
    /// that the terminal was given back.
    static func commandLine(_ arguments: [String], standardInput: String? = nil) -> String {
        let redirect = standardInput.map { " < " + quoted($0) } ?? ""
        let script = """
            "$@"\(redirect); status=$?; printf '\\ndossier exited with status %s\\n' "$status"; \
            stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; printf '\\nterminal checked\\n'
            """
        return (["sh", "-c", script, "sh", binary!.path] + arguments).map(quoted).joined(separator: " ")
    }

    private static func quoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

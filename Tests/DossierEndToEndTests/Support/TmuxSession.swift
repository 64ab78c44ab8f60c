import Foundation

/// A detached tmux server with one session that runs a command in a pty: the test's
/// terminal. Each session has its own server socket, killed by `close` (and on deinit),
/// so a failing test leaves nothing behind.
final class TmuxSession {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static let executable: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static var isAvailable: Bool { executable != nil }

    static let skipMessage = "needs tmux (apt-get install tmux); skipped"

    private let socket = "dossier-test-\(UUID().uuidString.prefix(12))"
    private let target = "reader"
    private var isClosed = false
    /// The server's socket file, which `kill-server` leaves behind.
    private var socketPath: String?

    /// The folder under which the command keeps its cache and reading state
    /// (`XDG_CACHE_HOME`, `XDG_DATA_HOME`), so that tests neither share nor leave them, and
    /// finds its settings (`XDG_CONFIG_HOME`: `config/dossier/config.toml` in it), so that
    /// the user's own settings play no part.
    let home: URL
    private let ownsHome: Bool

    /// Starts `command` (a shell command line) in a `width` × `height` pane with a known
    /// terminal type and a UTF-8 locale; the pane stays after the command ends so that its
    /// last screen and exit can be read.
    /// - Parameter home: a folder of an earlier session, to find its cache and reading
    ///   state; a new one (removed on `close`) by default.
    init(command: String, width: Int, height: Int, home: URL? = nil) throws {
        ownsHome = home == nil
        self.home = try home ?? ReaderRun.temporaryFolder()
        let store = "XDG_CACHE_HOME=\(self.home.path)/cache XDG_DATA_HOME=\(self.home.path)/data "
            + "XDG_CONFIG_HOME=\(self.home.path)/config "
        try tmux(["new-session", "-d", "-s", target, "-x", String(width), "-y", String(height),
                  "env TERM=tmux-256color LC_ALL=C.UTF-8 " + store + command,
                  ";", "set-option", "-w", "-t", target, "remain-on-exit", "on"])
        socketPath = try? query("#{socket_path}")
    }

    deinit { close() }

    /// Kills the tmux server and everything running in it, and removes its socket.
    func close() {
        guard !isClosed else { return }
        isClosed = true
        _ = try? tmux(["kill-server"])
        if let socketPath { try? FileManager.default.removeItem(atPath: socketPath) }
        if ownsHome { try? FileManager.default.removeItem(at: home) }
    }

    /// Sends keys by tmux name: "j", "Tab", "Enter", "C-c", "Escape", "?".
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", target] + keys)
    }

    /// What the pane's program receives from a mouse in the X10 encoding a terminal uses for
    /// `kmous=\E[M` (tmux-256color's): ESC [ M, then the button, column and row, each plus 32
    /// (and the cell's coordinates from 1). `send-keys -M` needs an event from a real client,
    /// so the bytes go in literally.
    enum MouseButton: Int {
        case press = 0, release = 3, wheelUp = 64, wheelDown = 65
    }

    /// - Precondition: row and column under 95, for the bytes to stay ASCII.
    func sendMouse(_ button: MouseButton, row: Int, column: Int) throws {
        precondition(row < 95 && column < 95, "the X10 encoding sent here stays in ASCII")
        let bytes = [button.rawValue + 32, column + 33, row + 33].map { Character(Unicode.Scalar(UInt8($0))) }
        try tmux(["send-keys", "-t", target, "-l", "\u{1B}[M" + String(bytes)])
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", target, "-x", String(width), "-y", String(height)])
    }

    /// The pane's rows as text, or with SGR escape sequences for attributes; with the rows
    /// scrolled off the top before them when asked (tmux scrolls a line off when it notes a
    /// dead pane at the bottom).
    func capture(withAttributes: Bool = false, includingHistory: Bool = false) throws -> [String] {
        let output = try tmux(["capture-pane", "-p", "-t", target] + (withAttributes ? ["-e"] : [])
                              + (includingHistory ? ["-S", "-"] : []))
        return output.components(separatedBy: "\n")
    }

    /// A tmux format about the pane: "#{pane_dead}", "#{alternate_on}", "#{pane_pid}".
    func query(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", target, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the screen until `condition` holds and returns that screen; fails with the last
    /// screen after a generous deadline.
    @discardableResult
    func waitForScreen(_ what: String, timeout: TimeInterval = 60, withAttributes: Bool = false,
                       until condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var screen: [String] = []
        while Date() < deadline {
            screen = try capture(withAttributes: withAttributes)
            if condition(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.02) // the polling interval, not a wait for the program
        }
        throw Failure(description: "timed out waiting for \(what); the screen was:\n" + screen.joined(separator: "\n")
                      + "\nthe pane's processes:\n" + processes())
    }

    /// The processes of the pane's session with their state, for a failure's message.
    private func processes() -> String {
        guard let pid = try? query("#{pane_pid}"),
              let result = try? ToolRun.run("/bin/ps", ["-s", pid, "-o", "pid,stat,wchan:32,etime,args"], environment: [:])
        else { return "unknown" }
        return result.output
    }

    /// Polls until the command in the pane has ended.
    func waitForExit(timeout: TimeInterval = 60) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try query("#{pane_dead}") == "1" { return }
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw Failure(description: "timed out waiting for the program to end:\n" + (try capture()).joined(separator: "\n"))
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        guard let executable = Self.executable else { throw Failure(description: Self.skipMessage) }
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")
        environment.removeValue(forKey: "NO_COLOR") // the tests set it where they mean to
        environment["SWIFT_BACKTRACE"] = "enable=no" // a crash ends at once, without a backtrace to wait for
        let result = try ToolRun.run(executable, ["-L", socket, "-f", "/dev/null"] + arguments, environment: environment)
        guard result.status == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")): \(result.errors)")
        }
        return result.output
    }
}

import Foundation

/// Runs the real `dossier` as a user does, for timing: a command to its end (with its time
/// and peak memory), or the reader in a tmux pane until its screen shows what is asked.
enum TerminalProbe {
    struct Run {
        var status: Int32
        var output: String
        var errors: String
        var seconds: Double
        var peakKilobytes: Int
    }

    static let tmux: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static var isAvailable: Bool { tmux != nil }

    /// Runs a command with `environment`, standard input from /dev/null, to its end.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String]) throws -> Run {
        let base = NSTemporaryDirectory() + "dossier-bench-\(UUID().uuidString)"
        defer {
            try? FileManager.default.removeItem(atPath: base + ".out")
            try? FileManager.default.removeItem(atPath: base + ".err")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, base + ".out", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, base + ".err", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        let start = DispatchTime.now().uptimeNanoseconds
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard spawned == 0 else { throw ProbeFailure(description: "cannot run \(executable): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1, errno == EINTR {}
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Run(status: (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F),
                   output: (try? String(contentsOfFile: base + ".out", encoding: .utf8)) ?? "",
                   errors: (try? String(contentsOfFile: base + ".err", encoding: .utf8)) ?? "",
                   seconds: seconds, peakKilobytes: usage.ru_maxrss)
    }

    /// Starts the reader in a 120×40 tmux pane and polls its screen until `shown` holds:
    /// the seconds from starting it, and its peak resident memory then. The reader is then
    /// quit with q and the pane closed.
    static func firstScreen(_ executable: String, _ arguments: [String], environment: [String: String],
                            shown: ([String]) -> Bool) throws -> Run {
        guard let tmux else { throw ProbeFailure(description: "needs tmux") }
        let socket = "dossier-bench-\(getpid())"
        let tmuxEnvironment = ["PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"]
        func control(_ arguments: [String]) throws -> String {
            let run = try self.run(tmux, ["-L", socket, "-f", "/dev/null"] + arguments, environment: tmuxEnvironment)
            guard run.status == 0 else { throw ProbeFailure(description: "tmux \(arguments.first ?? ""): \(run.errors)") }
            return run.output
        }
        let command = (["exec", "env", "TERM=tmux-256color"] + environment.map { "\($0.key)=\($0.value)" } + [executable] + arguments)
            .map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        defer { _ = try? control(["kill-server"]) }
        let start = DispatchTime.now().uptimeNanoseconds
        _ = try control(["new-session", "-d", "-s", "bench", "-x", "120", "-y", "40", command])
        let deadline = Date().addingTimeInterval(600)
        var screen: [String] = []
        while Date() < deadline {
            screen = try control(["capture-pane", "-p", "-t", "bench"]).components(separatedBy: "\n").filter { !$0.isEmpty }
            if shown(screen) { break }
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        guard shown(screen) else { throw ProbeFailure(description: "the screen never showed; it was:\n" + screen.joined(separator: "\n")) }
        let pid = try control(["display-message", "-p", "-t", "bench", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let peak = peakKilobytes(of: pid)
        _ = try control(["send-keys", "-t", "bench", "q"])
        while kill(pid_t(pid) ?? 0, 0) == 0 && Date() < deadline { usleep(10_000) }
        return Run(status: 0, output: screen.joined(separator: "\n"), errors: "", seconds: seconds, peakKilobytes: peak)
    }

    /// VmHWM of a running process, in kilobytes.
    static func peakKilobytes(of pid: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    struct ProbeFailure: Error, CustomStringConvertible {
        let description: String
    }
}

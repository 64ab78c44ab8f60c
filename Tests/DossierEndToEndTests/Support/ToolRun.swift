import Foundation

/// Runs a command to its end and returns its status and output, through `posix_spawn` and
/// `waitpid`. (Foundation's `Process` waits forever for a command that leaves a daemon
/// behind, as `tmux new-session` leaves its server.)
enum ToolRun {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
        /// The raw bytes of standard output and standard error, to look for escapes in.
        var outputBytes: [UInt8] = []
        var errorBytes: [UInt8] = []
        /// The command's peak resident memory, in KB (`PeakMemoryWatch`).
        var peakMemoryKB: Int = 0
        /// True when the command was still running at its deadline and was killed.
        var timedOut = false
    }

    /// Where the command's standard output goes.
    enum OutputTarget {
        /// Into the result.
        case captured
        /// Into a file or device: "/dev/full".
        case file(String)
        /// Into a pipe whose reading end is already closed: every write fails with EPIPE.
        case closedPipe
    }

    /// Runs `executable` with `arguments` in `environment`, standard input from `input`
    /// ("/dev/null" unless given). A command still running after `deadline` seconds is killed
    /// (`timedOut`), so that a test of something that must not hang fails instead of hanging.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String],
                    input: String = "/dev/null", output target: OutputTarget = .captured,
                    deadline: TimeInterval? = nil) throws -> Result {
        let folder = FileManager.default.temporaryDirectory
        let outputPath = folder.appendingPathComponent("dossier-tool-\(UUID().uuidString).out").path
        let errorsPath = outputPath + ".err"
        defer {
            try? FileManager.default.removeItem(atPath: outputPath)
            try? FileManager.default.removeItem(atPath: errorsPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        var pipeEnds: [Int32] = [-1, -1]
        switch target {
        case .captured:
            posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        case .file(let path):
            posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY, 0)
        case .closedPipe:
            guard pipe(&pipeEnds) == 0 else { throw TmuxSession.Failure(description: "cannot make a pipe") }
            close(pipeEnds[0])
            posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
            posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        }
        posix_spawn_file_actions_addopen(&actions, 2, errorsPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        // A test thread blocks most signals; the command (and the tmux server it may start)
        // gets a clear signal mask and default handlers, as from a shell.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var signals = sigset_t()
        sigemptyset(&signals)
        posix_spawnattr_setsigmask(&attributes, &signals)
        sigfillset(&signals)
        posix_spawnattr_setsigdefault(&attributes, &signals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        if pipeEnds[1] >= 0 { close(pipeEnds[1]) }
        guard spawned == 0 else {
            throw TmuxSession.Failure(description: "cannot run \(executable): \(String(cString: strerror(spawned)))")
        }
        let watchdog = deadline.map { Watchdog(pid: pid, after: $0) }
        let memory = PeakMemoryWatch(pid: pid)
        // Waits for the end without reaping, so that the watchdog cannot kill another process
        // given the same id; then reaps it.
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) == -1, errno == EINTR {}
        let timedOut = watchdog?.finish() ?? false
        let peakMemoryKB = memory.finish()
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let outputBytes = (try? Data(contentsOf: URL(fileURLWithPath: outputPath))).map { [UInt8]($0) } ?? []
        let errorBytes = (try? Data(contentsOf: URL(fileURLWithPath: errorsPath))).map { [UInt8]($0) } ?? []
        return Result(status: exitStatus,
                      output: String(decoding: outputBytes, as: UTF8.self),
                      errors: String(decoding: errorBytes, as: UTF8.self),
                      outputBytes: outputBytes, errorBytes: errorBytes,
                      peakMemoryKB: peakMemoryKB, timedOut: timedOut)
    }

    /// Kills a process that is still running after a delay.
    private final class Watchdog: @unchecked Sendable {
        private let lock = NSLock()
        private var isDone = false
        private var didKill = false

        init(pid: pid_t, after seconds: TimeInterval) {
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
                lock.lock()
                defer { lock.unlock() }
                if !isDone {
                    didKill = true
                    kill(pid, SIGKILL)
                }
            }
        }

        /// Marks the process as ended; returns whether it had to be killed.
        func finish() -> Bool {
            lock.lock()
            defer { lock.unlock() }
            isDone = true
            return didKill
        }
    }
}

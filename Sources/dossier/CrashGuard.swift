@preconcurrency import CNcursesw
import Glibc

/// What a crash (a bug: a Swift trap arrives as SIGILL or SIGTRAP, a bad access as SIGSEGV)
/// leaves behind: the terminal given back, one line on standard error naming the report it
/// wrote (the signal, the command line and a backtrace, under `$XDG_STATE_HOME/dossier`, or
/// `~/.local/state/dossier`), and the process ended by the same signal, so that its status
/// tells what happened (132 for a trap, 139 for a bad access).
///
/// The handler runs on its own stack, so a stack overflow is caught too. Everything it needs
/// (paths, messages, the backtrace function) is prepared by `install`, so that in the handler
/// only system calls run, apart from `endwin`.
enum CrashGuard {
    static let signals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]

    /// True while ncurses holds the terminal; set by `CursesTerminal`.
    nonisolated(unsafe) static var terminalInUse = false

    nonisolated(unsafe) private static var isInstalled = false
    /// The folders to create (outermost first) and the report's path, as C strings.
    nonisolated(unsafe) private static var folders: [UnsafeMutablePointer<CChar>] = []
    nonisolated(unsafe) private static var reportPath: UnsafeMutablePointer<CChar>?
    /// The report's first lines after the signal: the command line.
    nonisolated(unsafe) private static var commandLine: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) private static var backtraceFunctions: BacktraceFunctions?
    /// Room for the backtrace's frames, allocated before any crash.
    nonisolated(unsafe) private static var frames = UnsafeMutablePointer<UnsafeMutableRawPointer?>.allocate(capacity: Int(frameCount))
    private static let frameCount: Int32 = 128

    private struct BacktraceFunctions {
        let capture: @convention(c) (UnsafeMutablePointer<UnsafeMutableRawPointer?>?, Int32) -> Int32
        let write: @convention(c) (UnsafePointer<UnsafeMutableRawPointer?>?, Int32, Int32) -> Void
    }

    /// Installs the handlers; later calls do nothing.
    static func install() {
        guard !isInstalled else { return }
        isInstalled = true
        let folder = reportFolder()
        var partial = ""
        for component in folder.split(separator: "/") {
            partial += "/" + component
            folders.append(strdup(partial))
        }
        reportPath = strdup(folder + "/crash-\(getpid()).txt")
        commandLine = strdup("command: " + CommandLine.arguments.joined(separator: " ") + "\n")
        backtraceFunctions = loadBacktrace()

        let stackSize = 1 << 16
        var stack = stack_t()
        stack.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: stackSize, alignment: 16)
        stack.ss_size = stackSize
        stack.ss_flags = 0
        sigaltstack(&stack, nil)

        var action = sigaction()
        action.__sigaction_handler.sa_handler = { signal in CrashGuard.handle(signal) }
        action.sa_flags = SA_ONSTACK | Int32(SA_NODEFER)
        sigemptyset(&action.sa_mask)
        for signal in signals { sigaction(signal, &action, nil) }
    }

    /// `$XDG_STATE_HOME/dossier`, `$HOME/.local/state/dossier`, or `/tmp` without a home.
    private static func reportFolder() -> String {
        func variable(_ name: String) -> String? {
            getenv(name).map { String(cString: $0) }.flatMap { $0.hasPrefix("/") ? $0 : nil }
        }
        if let state = variable("XDG_STATE_HOME") { return state + "/dossier" }
        if let home = variable("HOME") { return home + "/.local/state/dossier" }
        return "/tmp"
    }

    /// glibc's `backtrace` and `backtrace_symbols_fd`, which Swift's Glibc module leaves out;
    /// called once here so that the library they load is loaded before any crash.
    private static func loadBacktrace() -> BacktraceFunctions? {
        guard let capture = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "backtrace"),
              let write = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "backtrace_symbols_fd") else { return nil }
        let functions = BacktraceFunctions(capture: unsafeBitCast(capture, to: (@convention(c) (UnsafeMutablePointer<UnsafeMutableRawPointer?>?, Int32) -> Int32).self),
                                           write: unsafeBitCast(write, to: (@convention(c) (UnsafePointer<UnsafeMutableRawPointer?>?, Int32, Int32) -> Void).self))
        _ = functions.capture(frames, 4)
        return functions
    }

    private static func handle(_ signal: Int32) {
        if terminalInUse {
            terminalInUse = false
            endwin()
        }
        let name = signalName(signal)
        var written = false
        if let reportPath {
            for folder in folders { mkdir(folder, 0o700) }
            let report = open(reportPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            if report >= 0 {
                put("dossier crashed: ", report)
                put(name, report)
                put("\n", report)
                if let commandLine { _ = write(report, commandLine, strlen(commandLine)) }
                if let backtraceFunctions {
                    put("backtrace:\n", report)
                    let count = backtraceFunctions.capture(frames, frameCount)
                    backtraceFunctions.write(frames, count, report)
                }
                close(report)
                written = true
            }
        }
        put("dossier: internal error (", STDERR_FILENO)
        put(name, STDERR_FILENO)
        if written, let reportPath {
            put("); a report was written to ", STDERR_FILENO)
            _ = write(STDERR_FILENO, reportPath, strlen(reportPath))
            put("\n", STDERR_FILENO)
        } else {
            put("); no report could be written\n", STDERR_FILENO)
        }
        // Die of the signal itself, so that the exit status tells what happened.
        var action = sigaction()
        action.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&action.sa_mask)
        sigaction(signal, &action, nil)
        raise(signal)
    }

    private static func signalName(_ signal: Int32) -> StaticString {
        switch signal {
        case SIGILL: return "SIGILL, a failed check"
        case SIGTRAP: return "SIGTRAP, a failed check"
        case SIGABRT: return "SIGABRT"
        case SIGSEGV: return "SIGSEGV, a bad memory access"
        case SIGBUS: return "SIGBUS, a bad memory access"
        case SIGFPE: return "SIGFPE, an arithmetic fault"
        default: return "a fatal signal"
        }
    }

    private static func put(_ text: StaticString, _ descriptor: Int32) {
        _ = write(descriptor, text.utf8Start, text.utf8CodeUnitCount)
    }
}

@preconcurrency import CNcursesw
import Glibc

/// Gives the terminal back when the process crashes (a Swift trap arrives as SIGILL or
/// SIGTRAP), then hands the signal to the handler that was there before (the runtime's
/// backtrace), so that a bug leaves a readable error on a usable terminal.
enum CrashGuard {
    static let signals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]

    /// The handlers in place before `install`, by signal number.
    nonisolated(unsafe) private static var previous: [sigaction] = (0..<32).map { _ in sigaction() }

    static func install() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { signal in
            endwin()
            sigaction(signal, &CrashGuard.previous[Int(signal)], nil)
            raise(signal)
        }
        sigemptyset(&action.sa_mask)
        for signal in signals { sigaction(signal, &action, &previous[Int(signal)]) }
    }
}

import Glibc

/// Turns SIGTERM, SIGINT and SIGHUP into a byte on a pipe, so that the main loop, waiting
/// in `poll`, wakes up, leaves the loop and restores the terminal before exiting.
/// Installed before ncurses starts, so ncurses keeps its hands off these signals.
enum SignalWatcher {
    static let signals: [Int32] = [SIGTERM, SIGINT, SIGHUP]

    /// The pipe's read end, to poll; -1 until `install` ran.
    nonisolated(unsafe) private(set) static var readDescriptor: Int32 = -1
    nonisolated(unsafe) private static var writeDescriptor: Int32 = -1
    /// The last signal caught, 0 for none.
    nonisolated(unsafe) private static var caught: Int32 = 0

    static func install() {
        var descriptors: [Int32] = [-1, -1]
        guard pipe(&descriptors) == 0 else { return }
        for descriptor in descriptors {
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
            _ = fcntl(descriptor, F_SETFL, O_NONBLOCK)
        }
        readDescriptor = descriptors[0]
        writeDescriptor = descriptors[1]
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { signal in
            SignalWatcher.caught = signal
            var byte: UInt8 = 1
            _ = write(SignalWatcher.writeDescriptor, &byte, 1)
        }
        sigemptyset(&action.sa_mask)
        for signal in signals { sigaction(signal, &action, nil) }
    }

    /// The signal caught since `install`, if any.
    static var caughtSignal: Int32? {
        caught == 0 ? nil : caught
    }
}

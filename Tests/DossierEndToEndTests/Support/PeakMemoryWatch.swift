import Foundation

/// A running process's peak resident memory, read from `/proc/PID/status` (`VmHWM`) every
/// two milliseconds until `finish`.
///
/// Not `wait4`'s `ru_maxrss`: `posix_spawn` shares the spawning process's memory until the
/// exec, and Linux then counts that memory's peak as the child's, so in a test process grown
/// large by other tests every command would seem to take as much.
final class PeakMemoryWatch: @unchecked Sendable {
    private let lock = NSLock()
    private var peakKB = 0
    private var isDone = false
    private let stopped = DispatchSemaphore(value: 0)

    init(pid: pid_t) {
        let path = "/proc/\(pid)/status"
        Thread.detachNewThread { [self] in
            while true {
                if let kb = Self.highWaterKB(path) {
                    lock.lock()
                    peakKB = max(peakKB, kb)
                    lock.unlock()
                }
                lock.lock()
                let done = isDone
                lock.unlock()
                if done { break }
                usleep(2_000)
            }
            stopped.signal()
        }
    }

    /// Stops watching (the process has ended, not yet reaped); the peak seen.
    func finish() -> Int {
        lock.lock()
        isDone = true
        lock.unlock()
        stopped.wait()
        lock.lock()
        defer { lock.unlock() }
        return peakKB
    }

    private static func highWaterKB(_ path: String) -> Int? {
        guard let status = try? String(contentsOfFile: path, encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
        return Int(line.split(separator: " ").dropFirst().first { Int($0) != nil } ?? "")
    }
}

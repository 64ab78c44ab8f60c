import DossierStore
import Foundation
import Glibc

/// Where the store's background threads leave the newest corpus for the main loop: the last
/// update wins, and a byte on a pipe wakes the loop from `poll`.
final class UpdateMailbox: @unchecked Sendable {
    private let lock = NSLock()
    private var pending: ArchiveSession.Update?
    private var failure: String?
    let readDescriptor: Int32
    private let writeDescriptor: Int32

    init() {
        var descriptors: [Int32] = [-1, -1]
        if pipe(&descriptors) == 0 {
            for descriptor in descriptors {
                _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
                _ = fcntl(descriptor, F_SETFL, O_NONBLOCK)
            }
        }
        readDescriptor = descriptors[0]
        writeDescriptor = descriptors[1]
    }

    deinit {
        close(readDescriptor)
        close(writeDescriptor)
    }

    func post(_ update: ArchiveSession.Update) {
        lock.lock()
        pending = update
        lock.unlock()
        wake()
    }

    /// A message for the status line from a background task that failed.
    func post(failure message: String) {
        lock.lock()
        failure = message
        lock.unlock()
        wake()
    }

    /// The newest update and failure since the last call, if any; empties the pipe.
    func take() -> (update: ArchiveSession.Update?, failure: String?) {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(readDescriptor, &buffer, buffer.count) > 0 {}
        lock.lock()
        defer { lock.unlock() }
        let taken = (pending, failure)
        pending = nil
        failure = nil
        return taken
    }

    private func wake() {
        var byte: UInt8 = 1
        _ = write(writeDescriptor, &byte, 1)
    }
}

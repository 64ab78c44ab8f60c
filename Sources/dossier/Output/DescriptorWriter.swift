import Glibc

/// Writes to a file descriptor with `write(2)`, retrying after interruptions and partial
/// writes, and reports a failure as its `errno` instead of trapping (as Foundation's
/// `FileHandle.write(_:)` does on a full disk or a closed pipe).
enum DescriptorWriter {
    /// Writes all of `text`; returns nil when done, or the `errno` of the failure.
    static func write(_ text: String, to descriptor: Int32) -> Int32? {
        var text = text
        return text.withUTF8 { buffer -> Int32? in
            guard var pointer = buffer.baseAddress else { return nil }
            var left = buffer.count
            while left > 0 {
                let written = Glibc.write(descriptor, pointer, left)
                if written < 0 {
                    if errno == EINTR { continue }
                    if errno == EAGAIN {
                        // A descriptor left non-blocking by another program: wait until it takes more.
                        var ready = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                        _ = poll(&ready, 1, -1)
                        continue
                    }
                    return errno
                }
                pointer += written
                left -= written
            }
            return nil
        }
    }
}

import Glibc

/// A file opened for reading in bounded chunks, or standard input.
///
/// Only regular files are opened: a named pipe, a device (`/dev/zero`), a socket or a folder
/// is refused with a message saying what it is. The file is opened without blocking, so a
/// named pipe with no writer cannot hang the program; standard input (`-`) is read as it
/// comes, pipe or not.
final class InputFile {
    let path: String
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    /// The size a regular file had when opened; nil for standard input.
    let size: Int?

    /// Opens `path`, or standard input for `SourceDiscovery.standardInput`.
    /// - Throws: `DossierError.missingPath` when nothing is there, `.unreadable` with the
    ///   reason otherwise (permission denied, a folder, a named pipe, a device).
    init(path: String) throws {
        self.path = path
        if path == SourceDiscovery.standardInput {
            descriptor = STDIN_FILENO
            ownsDescriptor = false
            size = nil
            return
        }
        var status = stat()
        guard stat(path, &status) == 0 else { throw Self.openFailure(path, errno: errno) }
        if let kind = Self.nonFileKind(status.st_mode) { throw DossierError.unreadable(path, reason: kind) }
        let opened = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard opened >= 0 else { throw Self.openFailure(path, errno: errno) }
        // What was checked by name may have been replaced since: check what was opened.
        guard fstat(opened, &status) == 0 else {
            let failure = errno
            close(opened)
            throw Self.openFailure(path, errno: failure)
        }
        if let kind = Self.nonFileKind(status.st_mode) {
            close(opened)
            throw DossierError.unreadable(path, reason: kind)
        }
        _ = fcntl(opened, F_SETFL, fcntl(opened, F_GETFL) & ~O_NONBLOCK)
        descriptor = opened
        ownsDescriptor = true
        size = Int(status.st_size)
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// Reads up to `count` bytes onto the end of `buffer`; returns how many, 0 at the end.
    /// - Throws: `DossierError.unreadable` with the system's reason.
    @discardableResult
    func read(upTo count: Int, appendingTo buffer: inout [UInt8]) throws -> Int {
        guard count > 0 else { return 0 }
        let start = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: count))
        while true {
            let got = buffer.withUnsafeMutableBytes { bytes in
                Glibc.read(descriptor, bytes.baseAddress! + start, count)
            }
            if got >= 0 {
                buffer.removeLast(count - got)
                return got
            }
            if errno == EINTR { continue }
            if errno == EAGAIN {
                // Standard input left non-blocking by another program: wait for bytes.
                var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                _ = poll(&ready, 1, -1)
                continue
            }
            let failure = errno
            buffer.removeLast(count)
            throw DossierError.unreadable(path, reason: Self.reason(failure))
        }
    }

    /// What a path that is not a regular file is, in words; nil for a regular file.
    static func nonFileKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "it is a folder"
        case S_IFIFO: return "it is a named pipe, not a file (to read a pipe, give - and redirect the pipe to standard input)"
        case S_IFCHR, S_IFBLK: return "it is a device, not a file"
        case S_IFSOCK: return "it is a socket, not a file"
        default: return "it is not a regular file"
        }
    }

    static func openFailure(_ path: String, errno failure: Int32) -> DossierError {
        failure == ENOENT ? .missingPath(path) : .unreadable(path, reason: reason(failure))
    }

    /// The system's words for an error number, in lowercase: "permission denied".
    static func reason(_ failure: Int32) -> String {
        let text = String(cString: strerror(failure))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}

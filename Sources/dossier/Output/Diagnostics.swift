import DossierKit
import Glibc

/// One-line messages on standard error, every one passed through `TerminalSanitizer`: a
/// message names paths and quotes input, and neither may reach the terminal as escapes.
enum Diagnostics {
    static func warn(_ message: String) {
        let line = "dossier: " + TerminalSanitizer.sanitize(message) + "\n"
        // Nothing is left to tell a failure to when standard error itself cannot be written.
        _ = DescriptorWriter.write(line, to: STDERR_FILENO)
    }

    /// Warns of each problem met while reading; the command then exits with status 2, after
    /// its output for everything that could be read.
    static func report(_ problems: [DossierError]) {
        guard !problems.isEmpty else { return }
        for problem in problems { warn(problem.description) }
        exit(2)
    }

    static func fail(_ message: String, status: Int32) -> Never {
        warn(message)
        exit(status)
    }
}

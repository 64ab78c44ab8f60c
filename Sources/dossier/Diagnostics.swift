import DossierKit
import Foundation

/// One-line messages on standard error.
enum Diagnostics {
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("dossier: \(message)\n".utf8))
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

/// Standard output, written in large pieces.
enum Output {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

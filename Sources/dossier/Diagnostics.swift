import Foundation

/// One-line messages on standard error.
enum Diagnostics {
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("dossier: \(message)\n".utf8))
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

/// A problem with the user's input, reported as one line naming the path.
/// Command-line front ends exit with status 2 for these.
public enum DossierError: Error, Equatable, Sendable, CustomStringConvertible {
    case missingPath(String)
    case nothingReadable(String)
    case unreadable(String, reason: String)
    case badInput(String, reason: String)

    public var description: String {
        switch self {
        case .missingPath(let path): return "no such file or folder: \(path)"
        case .nothingReadable(let path): return "nothing readable (no .html, .htm, .txt, .jsonl or .gz files): \(path)"
        case .unreadable(let path, let reason): return "cannot read \(path): \(reason)"
        case .badInput(let path, let reason): return "\(path): \(reason)"
        }
    }
}

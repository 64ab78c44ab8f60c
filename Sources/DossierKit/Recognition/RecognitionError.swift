/// A shipped resource that could not be read.
public enum RecognitionError: Error, CustomStringConvertible, Sendable {
    case missingResource(String)
    case badModel(String)

    public var description: String {
        switch self {
        case .missingResource(let name): return "the recognition resource \(name) is missing from the DossierKit bundle"
        case .badModel(let reason): return "the recognition model cannot be read: \(reason)"
        }
    }
}

import DossierKit

/// A problem with a source as the cache keeps it: the reason only, so that it is told again
/// under the path the user gives next time; a line number makes it a record's problem.
enum StoredProblem {
    static func reason(of problem: DossierError) -> String {
        switch problem {
        case .missingPath: return "no such file"
        case .nothingReadable: return "nothing readable"
        case .unreadable(_, let reason), .badInput(_, let reason): return reason
        }
    }

    static func problem(display: String, line: Int?, reason: String) -> DossierError {
        guard let line else { return .unreadable(display, reason: reason) }
        return .badInput("\(display):\(line)", reason: reason)
    }
}

/// Something wrong in the settings file, said as "FILE:LINE: problem".
public struct SettingsProblem: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    /// The line, from 1; nil when the problem is with the file as a whole.
    public let line: Int?
    public let message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
    }
}

import Foundation

/// The project's shared material (`../shared` beside the package root): data sets and
/// scorers. Tests that need it are skipped with a message where it is missing.
enum SharedData {
    /// The package root, found from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let root = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    static var isPresent: Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent("README.md").path)
    }

    static let skipMessage = "needs ../shared beside the project (the shared data sets); skipped"

    static func path(_ relative: String) -> String {
        root.appendingPathComponent(relative).path
    }
}

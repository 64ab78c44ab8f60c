import Foundation
import Testing

/// The snapshot files of whole screens, in `Tests/DossierReaderTests/Snapshots`, a file per
/// screen. They are read from the source tree, found from this file's own path, so that
/// `swift test` needs no resources copied anywhere.
///
/// With `DOSSIER_RECORD_SNAPSHOTS=1` in the environment, `check` writes the file instead of
/// comparing (`DOSSIER_RECORD_SNAPSHOTS=1 swift test --filter Snapshot`).
enum SnapshotFile {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Snapshots")

    static let recordCommand = "DOSSIER_RECORD_SNAPSHOTS=1 swift test --filter Snapshot"

    static var isRecording: Bool {
        ProcessInfo.processInfo.environment["DOSSIER_RECORD_SNAPSHOTS"] == "1"
    }

    static func url(named name: String) -> URL {
        directory.appendingPathComponent(name + ".txt")
    }

    /// The names of the files there now, without their extension.
    static func recordedNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// Compares `actual` with the file `name`.txt, or writes it there when recording. A missing
    /// file or a difference is a failed expectation that says what differs and how to record.
    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = url(named: name)
        let recorded = try? String(contentsOf: url, encoding: .utf8)
        if isRecording {
            guard recorded != actual else { return }
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            print("Recorded snapshot \(url.path) (DOSSIER_RECORD_SNAPSHOTS=1: written, not compared)")
            return
        }
        guard let recorded else {
            Issue.record("No snapshot \(url.path); record it with \(recordCommand)", sourceLocation: sourceLocation)
            return
        }
        // A checkout that turned line ends into CRLF still compares equal.
        let expected = recorded.replacingOccurrences(of: "\r\n", with: "\n")
        guard expected != actual else { return }
        let message = "Snapshot \(name) differs:\n\(differences(expected: expected, actual: actual))\n"
            + "If the change is intended, record it again with \(recordCommand) and review the diff."
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }

    /// The first differing rows, each as its section and row with the expected and the actual line.
    static func differences(expected: String, actual: String, limit: Int = 6) -> String {
        let expectedLines = expected.components(separatedBy: "\n"), actualLines = actual.components(separatedBy: "\n")
        let sections = ScreenSnapshot.sections(of: actualLines.count >= expectedLines.count ? actualLines : expectedLines)
        var sectionStart: [String: Int] = [:]
        for (index, section) in sections.enumerated() where sectionStart[section] == nil { sectionStart[section] = index }
        let differing = (0..<max(expectedLines.count, actualLines.count)).filter { index in
            index >= expectedLines.count || index >= actualLines.count || expectedLines[index] != actualLines[index]
        }
        var report = differing.prefix(limit).map { index in
            let section = sections[index]
            let place = section == "header" ? "line \(index + 1)" : "\(section) row \(index - sectionStart[section]! - 1)"
            let line = { (lines: [String]) in index < lines.count ? "|\(lines[index])|" : "(no line)" }
            return "  \(place):\n    expected \(line(expectedLines))\n    actual   \(line(actualLines))"
        }
        if differing.count > limit { report.append("  … and \(differing.count - limit) more differing lines") }
        return report.joined(separator: "\n")
    }
}

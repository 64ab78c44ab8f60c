import ArgumentParser
import Foundation

/// The shared entity scorer (`score_ner.py`), run through python3, and the F1 it prints per
/// type.
enum NERScore {
    /// Scores tagged text against gold text; the result maps "PER", …, "overall" to F1 as
    /// printed, and "report" to the scorer's whole output.
    static func score(_ tagged: String, gold: String, scorer: String) throws -> [String: String] {
        guard FileManager.default.fileExists(atPath: scorer) else {
            throw ValidationError("no scorer at \(scorer) (it lives in ../shared/tools); run from the package root")
        }
        let folder = FileManager.default.temporaryDirectory
        let predictedFile = folder.appendingPathComponent("dossier-ner-\(getpid()).conll")
        let goldFile = folder.appendingPathComponent("dossier-ner-gold-\(getpid()).conll")
        try tagged.write(to: predictedFile, atomically: true, encoding: .utf8)
        try gold.write(to: goldFile, atomically: true, encoding: .utf8)
        defer {
            try? FileManager.default.removeItem(at: predictedFile)
            try? FileManager.default.removeItem(at: goldFile)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", scorer, goldFile.path, predictedFile.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        var result = ["report": output]
        for line in output.split(separator: "\n") {
            let fields = line.split(separator: " ")
            if let name = fields.first, let f1 = fields.firstIndex(of: "F1"), f1 + 1 < fields.count {
                result[String(name)] = String(fields[f1 + 1])
            }
        }
        return result
    }
}

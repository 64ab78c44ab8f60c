import ArgumentParser
import Foundation

/// The shared scorer (`score_extraction.py`), run through python3, and the figures it prints.
struct Scorer {
    var documents = 0
    var bodyF1: Double?
    var title: Double?
    var byline: Double?
    var date: Double?

    static func score(gold: String, predictions: String, scorer: String) throws -> Scorer {
        guard FileManager.default.fileExists(atPath: scorer) else {
            throw ValidationError("no scorer at \(scorer)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", scorer, gold, predictions]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ValidationError("the scorer failed on \(predictions)") }
        var result = Scorer()
        for line in output.split(separator: "\n") {
            let words = line.split(separator: " ")
            func number(after word: String) -> Double? {
                words.firstIndex(of: Substring(word)).flatMap { $0 + 1 < words.count ? Double(words[$0 + 1]) : nil }
            }
            if line.hasPrefix("documents:") { result.documents = Int(words[1]) ?? 0 }
            if line.hasPrefix("body:") { result.bodyF1 = number(after: "F1") }
            if line.hasPrefix("title exact:") { result.title = Double(words[2]) }
            if line.hasPrefix("byline:") { result.byline = Double(words[1]) }
            if line.hasPrefix("date:") { result.date = Double(words[1]) }
        }
        return result
    }
}

/// One line of the benchmark table.
struct BenchmarkRow {
    let set: String
    let half: BenchmarkHalf
    let documents: Int
    let scores: Scorer
    let rates: ExtractionRates?

    static func table(_ rows: [BenchmarkRow]) -> String {
        func cell(_ value: Double?) -> String { value.map { String(format: "%.3f", $0) } ?? "—" }
        func rate(_ value: Double?) -> String { value.map { String(format: "%.0f", $0) } ?? "" }
        var lines = ["| set | part | documents | body F1 | title | byline | date | pages/s (wall clock) | pages/s (thread CPU) |",
                     "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
        for row in rows {
            lines.append("| \(row.set) | \(row.half.rawValue) | \(row.documents) | \(cell(row.scores.bodyF1)) | \(cell(row.scores.title)) | "
                + "\(cell(row.scores.byline)) | \(cell(row.scores.date)) | \(rate(row.rates?.wallClock)) | \(rate(row.rates?.processor)) |")
        }
        return lines.joined(separator: "\n")
    }
}

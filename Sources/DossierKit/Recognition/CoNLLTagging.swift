import Foundation

/// `dossier tag`: reads tokens from the first column of a CoNLL file and writes `TOKEN TAG`
/// lines with IOB2 tags, keeping blank lines (sentence ends) and `-DOCSTART-` lines.
public enum CoNLLTagging {
    public static func tag(_ input: String, with recognizer: EntityRecognizer) -> String {
        var output = ""
        var sentence: [String] = []
        func flush() {
            guard !sentence.isEmpty else { return }
            for (token, tag) in zip(sentence, recognizer.tag(sentence: sentence)) {
                output += "\(token) \(tag)\n"
            }
            sentence.removeAll()
        }
        for line in input.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                flush()
                output += "\n"
            } else if trimmed.hasPrefix("-DOCSTART-") {
                flush()
                output += "\(line)\n"
            } else {
                sentence.append(String(trimmed.split(whereSeparator: { $0 == " " || $0 == "\t" })[0]))
            }
        }
        flush()
        if output.hasSuffix("\n\n") { output.removeLast() }
        return output
    }
}

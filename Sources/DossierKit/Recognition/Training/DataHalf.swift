/// One of the two halves a data set is split into by a fixed hash of its units' positions:
/// documents where the file has them (`-DOCSTART-` lines), else sentences (a tweet each in
/// WNUT-17 and the Broad Twitter Corpus). Half A is tuned on (and, for the one web set the
/// recipe trains on, trained on); half B is only measured. The hash is blind to the text.
public enum DataHalf: String, CaseIterable, Sendable {
    case a = "A"
    case b = "B"

    /// The half of the unit at `index` (0-based): FNV-1a of the index's decimal digits, even
    /// hashes in half A.
    public static func of(unit index: Int) -> DataHalf {
        String(index).utf8.reduce(FeatureHash.seed, FeatureHash.add) % 2 == 0 ? .a : .b
    }

    /// The lines of a CoNLL file that belong to this half, as CoNLL text: whole documents, or
    /// whole sentences (the file's opening `-DOCSTART-` line kept) when it has fewer than two
    /// documents.
    public func select(fromCoNLL text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let isDocumentStart = { (line: String) in line.hasPrefix("-DOCSTART-") }
        var output: [String] = []
        var unit = -1
        var keep = false
        if lines.filter(isDocumentStart).count >= 2 {
            for line in lines {
                if isDocumentStart(line) {
                    unit += 1
                    keep = Self.of(unit: unit) == self
                }
                if keep || unit < 0 { output.append(line) }
            }
        } else {
            var inSentence = false
            for line in lines {
                let blank = line.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
                if isDocumentStart(line) {
                    output.append(line)
                    inSentence = false
                    continue
                }
                if !blank && !inSentence {
                    unit += 1
                    keep = Self.of(unit: unit) == self
                    inSentence = true
                }
                if blank { inSentence = false }
                if keep || unit < 0 { output.append(line) }
            }
        }
        return output.joined(separator: "\n")
    }
}

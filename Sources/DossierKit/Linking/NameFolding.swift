import Foundation

/// Names folded for comparison: case, diacritics and typographic apostrophes ("Łukaszenka’s"
/// → "lukaszenka's"). Linking folds every distinct name of a corpus, so ASCII names, the
/// great majority, are folded by lowering their bytes; Foundation folds the rest.
public enum NameFolding {
    public static func fold(_ text: some StringProtocol) -> String {
        var isASCII = true
        var hasUpper = false
        for byte in text.utf8 {
            if byte >= 0x80 { isASCII = false; break }
            if byte >= 0x41 && byte <= 0x5A { hasUpper = true }
        }
        if isASCII {
            if !hasUpper { return String(text) }
            return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        return text.replacingOccurrences(of: "’", with: "'")
            .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}

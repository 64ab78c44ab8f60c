/// Page titles usually carry the site's name: "Story headline | Site" or "Site - Story".
enum TitleCleaning {
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " « ", " » "]

    /// The longest part of a title cut at the usual separators.
    static func withoutSiteName(_ title: String) -> String {
        let bytes = Array(title.utf8)
        for separator in separatorBytes {
            var parts: [ArraySlice<UInt8>] = []
            var start = 0
            while let found = LineText.find(separator, in: bytes, from: start) {
                parts.append(bytes[start..<found])
                start = found + separator.count
            }
            guard !parts.isEmpty else { continue }
            parts.append(bytes[start...])
            if let longest = parts.max(by: { $0.count < $1.count }) {
                let text = TextNormalization.cleanLine(String(decoding: longest, as: UTF8.self))
                if text.count >= 15 { return text }
            }
        }
        return title
    }

    private static let separatorBytes = separators.map { Array($0.utf8) }
}

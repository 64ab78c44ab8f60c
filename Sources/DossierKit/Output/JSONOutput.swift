import Foundation

/// JSON as the commands print it: keys sorted, slashes as they are, one value a line, and no
/// character in it that a terminal would obey. The encoder escapes C0 controls; DEL, C1
/// controls, the line separators and the bidirectional overrides and isolates are escaped
/// too (`\u202e`), so the value read back is the same and the bytes are safe to show.
public enum JSONOutput {
    /// `value` as one line of JSON, without the line feed.
    public static func line(of value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return escapingUnsafeScalars(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// Encoded JSON with every scalar `TerminalSanitizer` finds unsafe written as a `\uXXXX`
    /// escape. They can only stand inside strings, where the escape means the same.
    static func escapingUnsafeScalars(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: TerminalSanitizer.isUnsafe) else { return json }
        var result = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            guard TerminalSanitizer.isUnsafe(scalar) else {
                result.append(scalar)
                continue
            }
            let hex = String(scalar.value, radix: 16)
            result.append(contentsOf: ("\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex).unicodeScalars)
        }
        return String(result)
    }
}

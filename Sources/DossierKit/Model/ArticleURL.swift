/// The rules an article's own address (`Article.url`) must pass: an absolute `http` or `https`
/// URL with a host, at most `maximumLength` bytes, without spaces, control, format or
/// bidirectional characters. A page's declared address is hostile text like the rest of it:
/// a relative path, a `javascript:` link or an address that could rewrite the terminal is
/// refused rather than repaired.
///
///     ArticleURL.accepted(" HTTPS://example.com/a?b=1 ")  // "https://example.com/a?b=1"
///     ArticleURL.accepted("/news/a")                      // nil: relative
///     ArticleURL.accepted("javascript:alert(1)")          // nil
public enum ArticleURL {
    /// Longer addresses are refused: no real page address comes near it, and a cut one
    /// would lead elsewhere.
    public static let maximumLength = 2048

    private static let schemes = ["https://", "http://"]

    /// `text` as an article's address (whitespace around it taken away, tabs and line breaks
    /// inside it too, as browsers do, and the scheme in lowercase), or nil when it is not one.
    public static func accepted(_ text: String) -> String? {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where scalar != "\t" && scalar != "\n" && scalar != "\r" {
            scalars.append(scalar)
        }
        let trimmed = TextNormalization.trimming(String(scalars), .whitespacesAndNewlines)
        guard trimmed.utf8.count <= maximumLength,
              !trimmed.unicodeScalars.contains(where: isRefused) else { return nil }
        let lowered = trimmed.prefix(8).lowercased()
        guard let scheme = schemes.first(where: { lowered.hasPrefix($0) }) else { return nil }
        let rest = trimmed.dropFirst(scheme.count)
        guard hasHost(rest) else { return nil }
        return scheme + rest
    }

    /// Spaces, controls, format characters (zero-width ones, the byte-order mark) and the
    /// bidirectional overrides: nothing a real address holds unescaped.
    private static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        if TerminalSanitizer.isUnsafe(scalar) || TextNormalization.isSpace(scalar) || TextNormalization.isInvisible(scalar) {
            return true
        }
        switch scalar.properties.generalCategory {
        case .format, .control, .unassigned, .surrogate, .privateUse: return true
        default: return false
        }
    }

    /// True when the part after the scheme starts with a host: the authority (up to `/`, `?`
    /// or `#`) without its user and port is not empty.
    private static func hasHost(_ rest: Substring) -> Bool {
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != "\\" }
        let withoutUser = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? ""
        let host = withoutUser.hasPrefix("[") ? withoutUser : withoutUser.split(separator: ":", omittingEmptySubsequences: false).first ?? ""
        return !host.isEmpty && host != "." && host != ".."
    }
}

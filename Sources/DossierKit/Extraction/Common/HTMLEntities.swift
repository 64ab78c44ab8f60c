/// Character references left in text that was escaped twice, as meta tags and JSON-LD often
/// are ("Rock &amp;#8211; Roll" parses to "Rock &#8211; Roll"): numeric references and the
/// common named ones are decoded; anything else is left as it is.
enum HTMLEntities {
    static func decode(_ text: String) -> String {
        guard ASCIISearch.contains(text, "&") else { return text }
        var result = ""
        var rest = text[...]
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            guard let semicolon = rest[afterAmpersand...].prefix(10).firstIndex(of: ";") else {
                result += "&"
                rest = rest[afterAmpersand...]
                continue
            }
            let name = rest[afterAmpersand..<semicolon]
            if let scalar = scalar(for: name) {
                result.unicodeScalars.append(scalar)
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result += "&"
                rest = rest[afterAmpersand...]
            }
        }
        result += rest
        return result
    }

    private static func scalar(for name: Substring) -> Unicode.Scalar? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        }
        if name.hasPrefix("#") { return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) }
        return named[String(name)]
    }

    private static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "lsquo": "\u{2018}", "rsquo": "\u{2019}",
        "ldquo": "\u{201C}", "rdquo": "\u{201D}", "hellip": "\u{2026}", "bull": "\u{2022}",
        "middot": "\u{00B7}", "copy": "\u{00A9}", "reg": "\u{00AE}", "trade": "\u{2122}",
        "laquo": "\u{00AB}", "raquo": "\u{00BB}", "eacute": "\u{00E9}", "egrave": "\u{00E8}",
        "aacute": "\u{00E1}", "oacute": "\u{00F3}", "uacute": "\u{00FA}", "iacute": "\u{00ED}",
        "ntilde": "\u{00F1}", "uuml": "\u{00FC}", "ouml": "\u{00F6}", "auml": "\u{00E4}", "ccedil": "\u{00E7}",
    ]
}

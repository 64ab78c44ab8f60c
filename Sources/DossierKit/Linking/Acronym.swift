/// Acronyms and the names they abbreviate: "EU" for "European Union", "NASA" for "National
/// Aeronautics and Space Administration", "OECD" for "Organisation for Economic Co-operation
/// and Development".
enum Acronym {
    /// A name as written without its periods: "U.N." → "UN".
    static func written(_ name: some StringProtocol) -> String {
        String(name.filter { $0 != "." })
    }

    /// Whether a name (as `written` gives it) is written as an acronym: two to eight capital
    /// letters and digits, two letters at least ("EU", "NATO", "G20"; not "Nasa", "G7").
    static func isAcronym(_ written: String) -> Bool {
        let scalars = written.unicodeScalars
        guard (2...8).contains(scalars.count) else { return false }
        var letters = 0
        for scalar in scalars {
            switch scalar.value {
            case 0x41...0x5A: letters += 1
            case 0x30...0x39: continue
            default: return false
            }
        }
        return letters >= 2
    }

    /// The acronyms a name of several words can make, in capitals: the first letter of every
    /// word, and of every word but a title's small words ("of", "and", "the"): "National
    /// Aeronautics and Space Administration" → "NAASA", "NASA". A word that does not begin
    /// with a letter leaves the name without acronyms; a hyphenated word gives one letter.
    static func initials(of name: some StringProtocol) -> [String] {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" })
        guard words.count >= 2 else { return [] }
        var every = "", content = ""
        for word in words {
            if word == "&" { continue }
            guard let first = word.first, first.isLetter else { return [] }
            let letter = first.uppercased()
            every += letter
            if !Lexicon.smallWords.contains(word.lowercased()) { content += letter }
        }
        return every == content ? [every] : [every, content]
    }
}

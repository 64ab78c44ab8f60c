/// Takes back the "people" that the shape of a name gives away as something else. Newswire
/// taught the tagger that a capitalized word standing in a list, before a parenthesis or at a
/// line's start is most likely a person; on the web it is as often a product, a venue, a
/// heading or a menu. A "person"
/// - with a capital inside a word other than after a name's prefix ("YouTube", "MacBook", but
///   "McDonald", "DeFreitas", "LeBron") is a brand: an organization;
/// - with a web name or a word that starts with a digit ("Copy.ai", "1-Click") is an
///   organization;
/// - with an acronym outside a headline in capitals ("Gemini AI") is an organization;
/// - ending in a word for an institution or a venue ("Andy Warhol Museum", "Jacob Lawrence
///   Prize", "Bridgestone Arena") is an organization;
/// - made of ordinary words only (the dictionary writes them in lower case, and no list knows
///   them as names: "Fine Art", "Customer Loyalty Programs") is no name at all; alone on
///   its line or between separators ("Show Less", "Privacy Policy | Terms", "- Read More »")
///   it is none even when a word is also a surname;
/// - of two words or more that ends in an ordinary word, with no first name, initial or title
///   ("Magic Keyboard", "Zapier Guide"), is an organization.
/// Leading and trailing tokens without a letter or digit ("& Caddy") leave the name first.
/// The last three never apply to a word that the document uses in a person's name otherwise
/// taken as a person ("Xi" after "Xi Jinping").
enum MistakenPersonRepair {
    static func repair(_ tags: inout [EntityTag], in document: TaggingDocument) {
        let text = document.text
        var names: [(tokens: Range<Int>, verdict: Verdict)] = []
        var inPeoplesNames = HashTable()
        for name in TaggedName.all(in: tags, of: text) where name.type == .person {
            var tokens = name.tokens
            while let first = tokens.first, !hasLetterOrDigit(first, document) {
                tags[first] = .outside
                tokens = tokens.dropFirst()
            }
            while let last = tokens.last, !hasLetterOrDigit(last, document) {
                tags[last] = .outside
                tokens = tokens.dropLast()
            }
            guard !tokens.isEmpty else { continue }
            tags[tokens.lowerBound] = .beginPerson
            let verdict = self.verdict(tokens, sentence: name.sentence, in: document)
            if verdict == .person {
                for index in tokens { inPeoplesNames[document.views[index].word.lower] = 1 }
            }
            names.append((tokens, verdict))
        }
        for (tokens, verdict) in names where verdict != .person {
            if verdict.yieldsToPeoplesNames, tokens.contains(where: { inPeoplesNames[document.views[$0].word.lower] != nil }) { continue }
            for index in tokens {
                tags[index] = verdict == .likelyNoName ? .outside : EntityTag(.organization, begins: index == tokens.lowerBound)
            }
        }
    }

    private enum Verdict {
        case person
        case organization
        /// An organization, unless the document uses a word of it in a person's name.
        case likelyOrganization
        /// No name, unless the document uses a word of it in a person's name.
        case likelyNoName

        var yieldsToPeoplesNames: Bool { self == .likelyOrganization || self == .likelyNoName }
    }

    private static func verdict(_ tokens: Range<Int>, sentence: Range<Int>, in document: TaggingDocument) -> Verdict {
        let views = document.views
        if tokens.contains(where: { isBrand($0, document) || isWebName($0, document) || isAcronym($0, document) })
            || Lexicon.institutions.contains(views[tokens.upperBound - 1].word.lower) { return .organization }
        let words = views[tokens]
        let introduced = tokens.contains(where: document.isInitial) || words.dropLast().contains(where: \.isGivenName)
            || (tokens.lowerBound > sentence.lowerBound && views[tokens.lowerBound - 1].gazetteer.contains(.title))
        if introduced { return .person }
        if words.allSatisfy({ $0.isCommonWord && !$0.gazetteer.contains(.surname) && !$0.isGivenName }) { return .likelyNoName }
        if words.allSatisfy(\.isCommonWord), document.standsApart(tokens, in: sentence) { return .likelyNoName }
        if tokens.count > 1, let last = words.last, last.isCommonWord, !last.gazetteer.contains(.surname) {
            return .likelyOrganization
        }
        return .person
    }

    // MARK: Shapes

    /// The prefixes after which a name has a capital inside it ("McDonald", "DeFreitas").
    private static let namePrefixes: Set<String> = ["mc", "de", "di", "da", "du", "le", "la", "van", "von", "st", "fitz"]

    /// A capital inside the word right after a lower-case letter, not after a name's prefix.
    private static func isBrand(_ token: Int, _ document: TaggingDocument) -> Bool {
        guard document.views[token].word.flags.contains(.innerCapital) else { return false }
        return document.text.withBytes(of: token) { bytes in
            guard let capital = bytes.indices.dropFirst().first(where: { isUppercase(bytes[$0]) && isLowercase(bytes[$0 - 1]) })
            else { return false }
            return !namePrefixes.contains(String(decoding: bytes[..<capital], as: UTF8.self).lowercased())
        }
    }

    /// "Copy.ai", "Node.js", "1-Click": a full stop between letters, or a digit first.
    private static func isWebName(_ token: Int, _ document: TaggingDocument) -> Bool {
        document.text.withBytes(of: token) { bytes in
            if let first = bytes.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) { return true }
            return bytes.indices.dropFirst().dropLast().contains {
                bytes[$0] == UInt8(ascii: ".") && isLetter(bytes[$0 - 1]) && isLowercase(bytes[$0 + 1])
            }
        }
    }

    /// Two capitals or more and no other lower-case letter than a plural "s" ("AI", "KPIs"),
    /// outside a headline in capitals; Roman numerals ("Henry Ford II") aside.
    private static func isAcronym(_ token: Int, _ document: TaggingDocument) -> Bool {
        guard document.views[token].sentenceCasing != 1 else { return false }
        return document.text.withBytes(of: token) { bytes in
            let word = bytes.last == UInt8(ascii: "s") ? UnsafeBufferPointer(rebasing: bytes.dropLast()) : bytes
            return word.filter(isUppercase).count >= 2 && !word.contains(where: isLowercase)
                && !word.allSatisfy { $0 == UInt8(ascii: "I") || $0 == UInt8(ascii: "V") || $0 == UInt8(ascii: "X") }
        }
    }

    private static func hasLetterOrDigit(_ token: Int, _ document: TaggingDocument) -> Bool {
        !document.views[token].word.flags.isDisjoint(with: [.hasLetter, .hasDigit])
    }

    private static func isLetter(_ byte: UInt8) -> Bool { isUppercase(byte) || isLowercase(byte) }
    private static func isUppercase(_ byte: UInt8) -> Bool { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) }
    private static func isLowercase(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) }
}

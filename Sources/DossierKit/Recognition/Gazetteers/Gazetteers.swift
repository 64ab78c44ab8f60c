import Foundation

/// The shipped lists of countries (names, aliases, demonyms, ISO codes), places (cities,
/// capitals, US states), first names (common and rarer), surnames and titles, matched against tokens by phrase hash.
///
/// Matching is case-insensitive and by whole tokens: an entry is cut into tokens by
/// `TextTokenizer` and keyed by the mix of its tokens' lower-case hashes, the same hashes
/// `WordInfo` computes for running text.
struct Gazetteers: Sendable {
    struct Country: Sendable, Hashable {
        let code: String
        let name: String
    }

    struct Categories: OptionSet, Sendable {
        let rawValue: UInt8
        static let country = Categories(rawValue: 1 << 0)
        static let demonym = Categories(rawValue: 1 << 1)
        static let place = Categories(rawValue: 1 << 2)
        static let firstName = Categories(rawValue: 1 << 3)
        static let title = Categories(rawValue: 1 << 4)
        static let surname = Categories(rawValue: 1 << 6)
        /// A given name rarer than `firstName`'s.
        static let givenName = Categories(rawValue: 1 << 7)
        /// The phrase begins a longer entry: keep reading tokens.
        static let prefix = Categories(rawValue: 1 << 5)
    }

    struct Entry: Sendable {
        var categories: Categories = []
        /// The country a country name, alias or demonym stands for.
        var country: Int32 = -1
        /// Whether the phrase is the country's main name (else an alias).
        var isMainName = false
        /// The countries a place of this name lies in, as indices into `countries`.
        var placeCountries: [Int32] = []
    }

    /// Per-token flags for the tagger's features: which lists a token's phrase is in, and
    /// whether it begins that phrase.
    struct TokenFlags: OptionSet, Sendable {
        let rawValue: UInt16
        static let countryBegin = TokenFlags(rawValue: 1 << 0)
        static let countryInside = TokenFlags(rawValue: 1 << 1)
        static let demonym = TokenFlags(rawValue: 1 << 2)
        static let placeBegin = TokenFlags(rawValue: 1 << 3)
        static let placeInside = TokenFlags(rawValue: 1 << 4)
        static let firstName = TokenFlags(rawValue: 1 << 5)
        static let title = TokenFlags(rawValue: 1 << 6)
        static let surname = TokenFlags(rawValue: 1 << 7)
        static let givenName = TokenFlags(rawValue: 1 << 8)
    }

    private(set) var countries: [Country] = []
    private var countryIndex: [String: Int32] = [:]
    private var entries: [Entry] = []
    private var phrases = HashTable(minimumCapacity: 1 << 17)
    private(set) var longestPhrase = 1

    /// The lists in `Resources/Gazetteers` of the DossierKit bundle.
    static func shipped() throws -> Gazetteers {
        func read(_ name: String) throws -> String {
            guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources/Gazetteers") else {
                throw RecognitionError.missingResource("Gazetteers/\(name)")
            }
            return try String(contentsOf: url, encoding: .utf8)
        }
        return Gazetteers(countries: try read("countries.tsv"), places: try read("places.tsv"),
                          firstNames: try read("first-names.txt"), givenNames: try read("given-names.txt"), surnames: try read("surnames.txt"), titles: try read("titles.txt"))
    }

    /// Builds the lists from the text of the six files (see `scripts/generate_gazetteers.py`
    /// for their format).
    init(countries: String, places: String, firstNames: String, givenNames: String, surnames: String, titles: String) {
        var phrases: [(String, (inout Entry) -> Void)] = []
        for line in Self.rows(countries) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2 else { continue }
            let index = Int32(self.countries.count)
            let country = Country(code: String(fields[0]), name: String(fields[1]))
            self.countries.append(country)
            countryIndex[country.code] = index
            phrases.append((country.name, { $0.categories.insert(.country); $0.country = index; $0.isMainName = true }))
            for alias in Self.list(fields, 2) {
                phrases.append((alias, { if $0.country < 0 { $0.country = index }; $0.categories.insert(.country) }))
            }
            for demonym in Self.list(fields, 3) {
                phrases.append((demonym, { if $0.country < 0 { $0.country = index }; $0.categories.insert(.demonym) }))
            }
        }
        for line in Self.rows(places) {
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { continue }
            let country = countryIndex[String(fields[1])] ?? -1
            phrases.append((String(fields[0]), { $0.categories.insert(.place); if country >= 0 { $0.placeCountries.append(country) } }))
        }
        for name in Self.rows(firstNames) { phrases.append((String(name), { $0.categories.insert(.firstName) })) }
        for name in Self.rows(givenNames) { phrases.append((String(name), { $0.categories.insert(.givenName) })) }
        for name in Self.rows(surnames) { phrases.append((String(name), { $0.categories.insert(.surname) })) }
        for title in Self.rows(titles) { phrases.append((String(title), { $0.categories.insert(.title) })) }
        insert(phrases)
    }

    private static func rows(_ text: String) -> [Substring] {
        text.split(separator: "\n").filter { !$0.hasPrefix("#") }
    }

    private static func list(_ fields: [Substring], _ index: Int) -> [String] {
        index < fields.count ? fields[index].split(separator: ";").map(String.init) : []
    }

    /// Tokenizes every phrase in one pass (one phrase a line) and files it under its hash.
    private mutating func insert(_ phrases: [(String, (inout Entry) -> Void)]) {
        let text = TextTokenizer.tokenize(phrases.map(\.0).joined(separator: "\n"))
        var token = 0
        var lineStart = 0
        for (phrase, update) in phrases {
            let lineEnd = lineStart + phrase.utf8.count
            var tokens: [UInt64] = []
            while token < text.count, text.range(of: token).start < lineEnd {
                tokens.append(text.withBytes(of: token) { WordInfo($0).lower })
                token += 1
            }
            lineStart = lineEnd + 1
            guard !tokens.isEmpty else { continue }
            longestPhrase = max(longestPhrase, tokens.count)
            var hash = FeatureHash.seed
            for (offset, value) in tokens.enumerated() {
                hash = FeatureHash.mix(hash, value)
                if offset < tokens.count - 1 { markPrefix(hash) }
            }
            var entry = phrasesEntry(hash)
            update(&entry)
            store(entry, at: hash)
        }
    }

    private func phrasesEntry(_ hash: UInt64) -> Entry {
        phrases[hash].map { entries[Int($0)] } ?? Entry()
    }

    private mutating func store(_ entry: Entry, at hash: UInt64) {
        if let index = phrases[hash] {
            entries[Int(index)] = entry
        } else {
            phrases[hash] = Int32(entries.count)
            entries.append(entry)
        }
    }

    private mutating func markPrefix(_ hash: UInt64) {
        var entry = phrasesEntry(hash)
        entry.categories.insert(.prefix)
        store(entry, at: hash)
    }

    /// The entry of a phrase given as its tokens' lower-case hashes, if the lists hold it.
    func entry(forLowercased hashes: some Sequence<UInt64>) -> Entry? {
        var hash = FeatureHash.seed
        for value in hashes { hash = FeatureHash.mix(hash, value) }
        return phrases[hash].map { entries[Int($0)] }
    }

    func country(code: String) -> Country? {
        countryIndex[code].map { countries[Int($0)] }
    }

    /// The flags of each token of a sentence: for every list, the longest phrase that starts
    /// at a token marks it as beginning and the rest as inside.
    /// - Complexity: O(n · k) for n tokens and phrases of at most k tokens; most tokens stop
    ///   after one lookup.
    func flags(of words: UnsafeBufferPointer<WordInfo>, into flags: UnsafeMutableBufferPointer<TokenFlags>) {
        for index in 0..<words.count { flags[index] = [] }
        for start in 0..<words.count where words[start].flags.contains(.hasLetter) {
            var hash = FeatureHash.seed
            var longest: (country: Int, place: Int, title: Int) = (0, 0, 0)
            var single: Categories = []
            for length in 1...min(longestPhrase, words.count - start) {
                hash = FeatureHash.mix(hash, words[start + length - 1].lower)
                guard let found = phrases[hash] else { break }
                let categories = entries[Int(found)].categories
                if length == 1 { single = categories }
                if categories.contains(.country) { longest.country = length }
                if categories.contains(.place) { longest.place = length }
                if categories.contains(.title) { longest.title = length }
                if !categories.contains(.prefix) { break }
            }
            if single.contains(.demonym) { flags[start].insert(.demonym) }
            if single.contains(.firstName) { flags[start].insert(.firstName) }
            if single.contains(.surname) { flags[start].insert(.surname) }
            if single.contains(.givenName) { flags[start].insert(.givenName) }
            mark(longest.country, .countryBegin, .countryInside)
            mark(longest.place, .placeBegin, .placeInside)
            mark(longest.title, .title, .title)

            func mark(_ length: Int, _ begin: TokenFlags, _ inside: TokenFlags) {
                guard length > 0 else { return }
                flags[start].insert(begin)
                for offset in 1..<length { flags[start + offset].insert(inside) }
            }
        }
    }
}

/// A shipped resource that could not be read.
public enum RecognitionError: Error, CustomStringConvertible, Sendable {
    case missingResource(String)
    case badModel(String)

    public var description: String {
        switch self {
        case .missingResource(let name): return "the recognition resource \(name) is missing from the DossierKit bundle"
        case .badModel(let reason): return "the recognition model cannot be read: \(reason)"
        }
    }
}

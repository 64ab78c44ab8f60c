import Foundation

/// The shipped lists of countries (names, aliases, demonyms, ISO codes), places (cities,
/// capitals, US states), regions (continents and the like, with their adjectives), first names
/// (common and rarer), surnames, ordinary words, titles and seats of government, matched against tokens by phrase hash.
///
/// Matching ignores case and the accents of Latin letters ("Sofía" finds "Sofia"), and goes by
/// whole tokens: an entry is cut into tokens by `TextTokenizer` and keyed by the mix of its
/// tokens' folded hashes (`WordInfo.folded`), the same hashes computed for running text.
struct Gazetteers: Sendable {
    struct Country: Sendable, Hashable {
        let code: String
        let name: String
    }

    struct Categories: OptionSet, Sendable {
        let rawValue: UInt16
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
        /// A region that is no country nor city ("Eastern Europe", "the Caucasus"). Regions
        /// mark no token for the tagger's features: the model learned without them, and the
        /// repairs read them (`SurnameAgreementRepair`, `NameKindVoteRepair`, `PageFurnitureRepair`).
        static let region = Categories(rawValue: 1 << 8)
        /// A region's adjective ("Eastern European", "Balkan").
        static let regionAdjective = Categories(rawValue: 1 << 9)
        /// A seat of government that news names for the government in it ("the Kremlin said").
        static let seatOfGovernment = Categories(rawValue: 1 << 10)
        /// A company, brand, platform or international body ("Apple", "YouTube", "NATO").
        static let organization = Categories(rawValue: 1 << 11)
        /// A browser or app ("Firefox").
        static let product = Categories(rawValue: 1 << 12)
        /// A language's name ("English", "Swahili"): a demonym too, often, but no country when
        /// it names the language.
        static let language = Categories(rawValue: 1 << 13)
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
        static let organizationBegin = TokenFlags(rawValue: 1 << 9)
        static let organizationInside = TokenFlags(rawValue: 1 << 10)
    }

    private(set) var countries: [Country] = []
    private var countryIndex: [String: Int32] = [:]
    private var entries: [Entry] = []
    private var phrases = HashTable(minimumCapacity: 1 << 17)
    /// The lower-case hashes of ordinary words (kept apart from the phrases: there are many,
    /// and the tagger's features do not read them).
    private var commonWords = HashTable(minimumCapacity: 1 << 18)
    private(set) var longestPhrase = 1

    /// The lists in `Resources/Gazetteers` of the DossierKit bundle.
    static func shipped() throws -> Gazetteers {
        func read(_ name: String) throws -> [UInt8] {
            guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources/Gazetteers") else {
                throw RecognitionError.missingResource("Gazetteers/\(name)")
            }
            return [UInt8](try Data(contentsOf: url))
        }
        return Gazetteers(countries: try read("countries.tsv"), places: try read("places.tsv"), regions: try read("regions.tsv"),
                          firstNames: try read("first-names.txt"), givenNames: try read("given-names.txt"),
                          surnames: try read("surnames.txt"), commonWords: try read("common-words.txt"),
                          titles: try read("titles.txt"), seatsOfGovernment: try read("seats-of-government.txt"),
                          organizations: try read("organizations.txt"), products: try read("products.txt"),
                          languages: try read("languages.txt"))
    }

    /// How a phrase is listed.
    private enum Listing {
        case countryName(Int32), countryAlias(Int32), demonym(Int32), place(country: Int32), region, regionAdjective
        case firstName, givenName, surname, title, seatOfGovernment, organization, product, language

        func apply(to entry: inout Entry) {
            switch self {
            case .countryName(let country):
                entry.categories.insert(.country)
                entry.country = country
                entry.isMainName = true
            case .countryAlias(let country):
                if entry.country < 0 { entry.country = country }
                entry.categories.insert(.country)
            case .demonym(let country):
                if entry.country < 0 { entry.country = country }
                entry.categories.insert(.demonym)
            case .place(let country):
                entry.categories.insert(.place)
                if country >= 0 { entry.placeCountries.append(country) }
            case .region: entry.categories.insert(.region)
            case .regionAdjective: entry.categories.insert(.regionAdjective)
            case .firstName: entry.categories.insert(.firstName)
            case .givenName: entry.categories.insert(.givenName)
            case .surname: entry.categories.insert(.surname)
            case .title: entry.categories.insert(.title)
            case .seatOfGovernment: entry.categories.insert(.seatOfGovernment)
            case .organization: entry.categories.insert(.organization)
            case .product: entry.categories.insert(.product)
            case .language: entry.categories.insert(.language)
            }
        }
    }

    /// Builds the lists from the UTF-8 bytes of the twelve files (see
    /// `scripts/generate_gazetteers.py` for their format: one entry a line, fields parted by
    /// tabs, lists within a field by semicolons, `#` starting a comment line).
    init(countries: [UInt8], places: [UInt8], regions: [UInt8], firstNames: [UInt8], givenNames: [UInt8], surnames: [UInt8],
         commonWords: [UInt8], titles: [UInt8], seatsOfGovernment: [UInt8], organizations: [UInt8] = [], products: [UInt8] = [],
         languages: [UInt8] = []) {
        var phrases = PhraseList()
        for line in Self.lines(countries) {
            let fields = Self.split(line, countries, by: UInt8(ascii: "\t"))
            guard fields.count >= 2 else { continue }
            let index = Int32(self.countries.count)
            let country = Country(code: String(decoding: countries[fields[0]], as: UTF8.self),
                                  name: String(decoding: countries[fields[1]], as: UTF8.self))
            self.countries.append(country)
            countryIndex[country.code] = index
            phrases.append(countries[fields[1]], .countryName(index))
            for (field, listing) in [(2, Listing.countryAlias(index)), (3, .demonym(index))] where field < fields.count {
                for alias in Self.split(fields[field], countries, by: UInt8(ascii: ";")) { phrases.append(countries[alias], listing) }
            }
        }
        var codes: [ArraySlice<UInt8>: Int32] = [:]
        for (code, index) in countryIndex { codes[ArraySlice(code.utf8)] = index }
        for line in Self.lines(places) {
            let fields = Self.split(line, places, by: UInt8(ascii: "\t"))
            guard fields.count == 2 else { continue }
            phrases.append(places[fields[0]], .place(country: codes[places[fields[1]]] ?? -1))
        }
        for line in Self.lines(regions) {
            let fields = Self.split(line, regions, by: UInt8(ascii: "\t"))
            phrases.append(regions[fields[0]], .region)
            if fields.count > 1 {
                for adjective in Self.split(fields[1], regions, by: UInt8(ascii: ";")) { phrases.append(regions[adjective], .regionAdjective) }
            }
        }
        for (bytes, listing) in [(firstNames, Listing.firstName), (givenNames, .givenName), (surnames, .surname), (titles, .title),
                                 (seatsOfGovernment, .seatOfGovernment), (organizations, .organization), (products, .product),
                                 (languages, .language)] {
            for line in Self.lines(bytes) { phrases.append(bytes[line], listing) }
        }
        insert(phrases)
        // One lower-case word a line: hashed as it stands, with no need to tokenize.
        commonWords.withUnsafeBufferPointer { bytes in
            for line in Self.lines(commonWords) {
                self.commonWords[WordInfo(UnsafeBufferPointer(rebasing: bytes[line])).lower] = 1
            }
        }
    }

    /// Whether a word (its `WordInfo.lower`) is an ordinary one: the dictionary writes it in
    /// lower case.
    func isCommonWord(_ lower: UInt64) -> Bool {
        commonWords[lower] != nil
    }

    /// Phrases to file, one a line of `text`, with how each is listed.
    private struct PhraseList {
        var text: [UInt8] = []
        var ends: [Int] = []
        var listings: [Listing] = []

        mutating func append(_ phrase: ArraySlice<UInt8>, _ listing: Listing) {
            text += phrase
            ends.append(text.count)
            text.append(UInt8(ascii: "\n"))
            listings.append(listing)
        }
    }

    /// The non-empty lines of a file that are not comments.
    private static func lines(_ bytes: [UInt8]) -> [Range<Int>] {
        split(0..<bytes.count, bytes, by: UInt8(ascii: "\n")).filter { !$0.isEmpty && bytes[$0.lowerBound] != UInt8(ascii: "#") }
    }

    private static func split(_ range: Range<Int>, _ bytes: [UInt8], by separator: UInt8) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        for index in range where bytes[index] == separator {
            parts.append(start..<index)
            start = index + 1
        }
        parts.append(start..<range.upperBound)
        return parts.filter { !$0.isEmpty || separator == UInt8(ascii: "\t") }
    }

    /// Tokenizes every phrase in one pass and files it under its hash.
    private mutating func insert(_ phrases: PhraseList) {
        let text = TextTokenizer.tokenize(String(decoding: phrases.text, as: UTF8.self))
        var token = 0
        var tokens: [UInt64] = []
        for (end, listing) in zip(phrases.ends, phrases.listings) {
            tokens.removeAll(keepingCapacity: true)
            while token < text.count, text.range(of: token).start < end {
                tokens.append(text.withBytes(of: token) { WordInfo($0).folded })
                token += 1
            }
            guard !tokens.isEmpty else { continue }
            longestPhrase = max(longestPhrase, tokens.count)
            var hash = FeatureHash.seed
            for (offset, value) in tokens.enumerated() {
                hash = FeatureHash.mix(hash, value)
                if offset < tokens.count - 1 { markPrefix(hash) }
            }
            var entry = phrasesEntry(hash)
            listing.apply(to: &entry)
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

    /// The entry of a phrase given as its tokens' folded hashes (`WordInfo.folded`), if the
    /// lists hold it.
    func entry(forFolded hashes: some Sequence<UInt64>) -> Entry? {
        var hash = FeatureHash.seed
        for value in hashes { hash = FeatureHash.mix(hash, value) }
        return phrases[hash].map { entries[Int($0)] }
    }

    /// The length of the longest phrase of `category` that starts at `start` and ends by `end`.
    /// - Complexity: O(k) for phrases of at most k tokens.
    func longestPhrase(of category: Categories, at start: Int, before end: Int, in views: [TokenView]) -> Int? {
        var hash = FeatureHash.seed
        var longest: Int?
        for index in start..<min(end, start + longestPhrase) {
            hash = FeatureHash.mix(hash, views[index].word.folded)
            guard let found = phrases[hash] else { break }
            let categories = entries[Int(found)].categories
            if categories.contains(category) { longest = index + 1 - start }
            if !categories.contains(.prefix) { break }
        }
        return longest
    }

    /// Sets the gazetteer flags of each token of a sentence: for every list, the longest
    /// phrase that starts at a token marks it as beginning and the rest as inside.
    /// - Complexity: O(n · k) for n tokens and phrases of at most k tokens; most tokens stop
    ///   after one lookup.
    func markFlags(of words: UnsafeMutableBufferPointer<TokenView>) {
        for index in 0..<words.count { words[index].gazetteer = [] }
        for start in 0..<words.count where words[start].word.flags.contains(.hasLetter) {
            var hash = FeatureHash.seed
            var longest: (country: Int, place: Int, title: Int, organization: Int) = (0, 0, 0, 0)
            var single: Categories = []
            for length in 1...min(longestPhrase, words.count - start) {
                hash = FeatureHash.mix(hash, words[start + length - 1].word.folded)
                guard let found = phrases[hash] else { break }
                let categories = entries[Int(found)].categories
                if length == 1 { single = categories }
                if categories.contains(.country) { longest.country = length }
                if categories.contains(.place) { longest.place = length }
                if categories.contains(.title) { longest.title = length }
                if categories.contains(.organization) { longest.organization = length }
                if !categories.contains(.prefix) { break }
            }
            if single.contains(.demonym) { words[start].gazetteer.insert(.demonym) }
            if single.contains(.firstName) { words[start].gazetteer.insert(.firstName) }
            if single.contains(.surname) { words[start].gazetteer.insert(.surname) }
            if single.contains(.givenName) { words[start].gazetteer.insert(.givenName) }
            mark(longest.country, .countryBegin, .countryInside)
            mark(longest.place, .placeBegin, .placeInside)
            mark(longest.title, .title, .title)
            mark(longest.organization, .organizationBegin, .organizationInside)

            func mark(_ length: Int, _ begin: TokenFlags, _ inside: TokenFlags) {
                guard length > 0 else { return }
                words[start].gazetteer.insert(begin)
                for offset in 1..<length { words[start + offset].gazetteer.insert(inside) }
            }
        }
    }
}

/// A document ready for tagging: a `TokenView` for each of its tokens, with the sentence and
/// document context filled in.
struct TaggingDocument: Sendable {
    let text: TokenizedText
    private(set) var views: [TokenView]
    /// The language the document reads as: another script when most of its letters are not
    /// Latin; else English when, of its first lower-case words of three letters or more (50
    /// when two in three of those are known, else up to 400), at least one in three is an
    /// ordinary English word (`Gazetteers.isCommonWord`), inflections included. A document of
    /// fewer than 20 such words counts as English.
    let language: ArticleRecognition.Language

    /// - Complexity: O(n · k) for n tokens and gazetteer phrases of at most k tokens.
    init(_ text: TokenizedText, gazetteers: Gazetteers) {
        self.text = text
        var views = [TokenView]()
        views.reserveCapacity(text.count)
        for token in 0..<text.count {
            var view = TokenView(word: text.withBytes(of: token) { WordInfo($0) })
            // Only capitalized words can be taken for names, so only they are looked up.
            view.isCommonWord = view.word.isCapitalized && Self.isCommonWord(token, view.word.lower, text, gazetteers)
            views.append(view)
        }
        views.withUnsafeMutableBufferPointer { views in
            for sentence in 0..<text.sentenceCount {
                gazetteers.markFlags(of: UnsafeMutableBufferPointer(rebasing: views[text.sentence(sentence)]))
            }
        }
        var seenCapitalized = HashTable(), seenLowercase = HashTable(), seenInCapitals = HashTable()
        for sentence in 0..<text.sentenceCount {
            let range = text.sentence(sentence)
            let casing = Self.casing(of: views[range])
            for index in range {
                views[index].sentenceCasing = casing
                views[index].isFirstInSentence = index == range.lowerBound
                let word = views[index].word
                if word.flags.contains(.initialLowercase) {
                    seenLowercase[word.lower] = 1
                } else if word.isCapitalized, casing == 0, !Self.opensPart(index, of: range, views) {
                    if word.flags.contains(.allCapitals) { seenInCapitals[word.lower] = 1 } else { seenCapitalized[word.lower] = 1 }
                }
            }
        }
        let surnames = Self.surnames(in: views, text)
        for index in views.indices {
            let lower = views[index].word.lower
            views[index].documentCasing = (seenCapitalized[lower] != nil ? 1 : 0) | (seenLowercase[lower] != nil ? 2 : 0)
                | (seenInCapitals[lower] != nil ? 4 : 0)
            views[index].isSurnameInDocument = surnames[lower] != nil
        }
        self.views = views
        if Self.isMostlyOtherScript(text) {
            language = .otherScript
        } else {
            language = Self.isInEnglish(views, text, gazetteers) ? .english : .otherLatinScript
        }
    }

    /// Whether most letters are of a script other than Latin: counted by UTF-8 lead bytes,
    /// ASCII letters and Latin-1 to Latin Extended-B (U+00C0…U+024F) and Latin Extended
    /// Additional (U+1E00…U+1EFF) as Latin; Greek to Arabic and the scripts of U+0800 onwards
    /// (but punctuation and symbols, U+2000…U+2BFF, and the specials from U+F900) as others.
    /// Only the tokens' bytes are read: a CoNLL file's documents share one buffer.
    static func isMostlyOtherScript(_ text: TokenizedText) -> Bool {
        var latin = 0, other = 0
        for token in 0..<text.count {
            text.withBytes(of: token) { bytes in
                for index in bytes.indices {
                    switch bytes[index] {
                    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), 0xC3...0xC9: latin += 1
                    case 0xCD...0xDF: other += 1
                    case 0xE1 where index + 1 < bytes.count && (0xB8...0xBB).contains(bytes[index + 1]): latin += 1
                    case 0xE0, 0xE1, 0xE3...0xEE: other += 1
                    default: break
                    }
                }
            }
        }
        return other > latin
    }

    private static func isInEnglish(_ views: [TokenView], _ text: TokenizedText, _ gazetteers: Gazetteers) -> Bool {
        var words = 0, known = 0
        for (index, view) in views.enumerated()
        where view.word.flags.contains(.initialLowercase) && view.word.flags.isDisjoint(with: [.hasDigit, .hasPeriod])
            && text.range(of: index).count >= 3 {
            words += 1
            if isCommonWord(index, view.word.lower, text, gazetteers) { known += 1 }
            // Most English text tells itself within 50 words; the rest is read up to 400.
            if words == 400 || (words == 50 && known * 3 >= words * 2) { break }
        }
        return words < 20 || known * 3 >= words
    }

    /// Whether a token opens its sentence or a part of it where a capital says nothing: after
    /// an opening quote, a colon, a dash or a bullet (any mark but a comma).
    static func opensPart(_ token: Int, of sentence: Range<Int>, _ views: [TokenView]) -> Bool {
        guard token > sentence.lowerBound else { return true }
        let previous = views[token - 1].word
        return previous.flags.isDisjoint(with: [.hasLetter, .hasDigit]) && previous.lower != comma
    }

    private static let comma = FeatureHash.of(",")

    /// Whether a token is an ordinary word: the dictionary writes it, or its stem, in lower
    /// case ("Studies", "Planned", "Estimating"; see `anyInflectionStem`).
    private static func isCommonWord(_ token: Int, _ lower: UInt64, _ text: TokenizedText, _ gazetteers: Gazetteers) -> Bool {
        gazetteers.isCommonWord(lower) || text.withBytes(of: token) { anyInflectionStem(of: $0, satisfies: gazetteers.isCommonWord) }
    }

    /// Whether a stem an inflected English word may have satisfies `test`, given as its
    /// `WordInfo.lower` hash: "-s", "-es", "-ies" → "-y", "-ed", "-ing" cut, with a final "e"
    /// put back or a doubled consonant undone ("planned" → "plan").
    /// - Complexity: O(n) in the word's length, without allocating.
    static func anyInflectionStem(of word: UnsafeBufferPointer<UInt8>, satisfies test: (UInt64) -> Bool) -> Bool {
        let count = word.count
        guard count > 3 else { return false }
        func lowered(_ index: Int) -> UInt8 { word[index] | 0x20 }
        guard word.allSatisfy({ ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") }) else { return false }
        let last = lowered(count - 1)
        guard last == UInt8(ascii: "s") || last == UInt8(ascii: "d") || last == UInt8(ascii: "g") else { return false }
        // The hashes of the word without its last 1…4 letters.
        var hash = FeatureHash.seed
        var without = SIMD8<UInt64>()
        for index in 0..<count {
            if count - index <= 4 { without[count - index] = hash }
            hash = FeatureHash.add(hash, lowered(index))
        }
        func ends(_ suffix: StaticString) -> Bool {
            let length = suffix.utf8CodeUnitCount
            guard count > length + 1 else { return false }
            return (0..<length).allSatisfy { lowered(count - length + $0) == suffix.utf8Start[$0] }
        }
        func adding(_ hash: UInt64, _ letter: Character) -> UInt64 { FeatureHash.add(hash, letter.asciiValue!) }
        func verb(cut: Int) -> Bool {
            test(without[cut]) || test(adding(without[cut], "e"))
                || (count - cut > 2 && lowered(count - cut - 1) == lowered(count - cut - 2) && test(without[cut + 1]))
        }
        if (ends("ies") || ends("ied")) && test(adding(without[3], "y")) { return true }
        if ends("s") && !ends("ss") && test(without[1]) { return true }
        if ends("es") && test(without[2]) { return true }
        if ends("ed") && verb(cut: 2) { return true }
        return ends("ing") && verb(cut: 3)
    }

    /// The words that end a name introduced by a first name, an initial or a title somewhere
    /// in the document ("Roberto Duran", "S. Waugh", "President Trump"): a later "Duran" alone
    /// is most likely that person.
    private static func surnames(in views: [TokenView], _ text: TokenizedText) -> HashTable {
        var surnames = HashTable()
        for sentence in 0..<text.sentenceCount {
            let range = text.sentence(sentence)
            guard let first = range.first, views[first].sentenceCasing == 0 else { continue }
            for index in range.dropLast() {
                let view = views[index]
                let introduces = !view.gazetteer.isDisjoint(with: [.firstName, .givenName, .title])
                    || (view.word.flags.contains(.hasPeriod) && view.word.isCapitalized && text.range(of: index).count == 2)
                guard introduces, view.word.isCapitalized, views[index + 1].word.isCapitalized else { continue }
                var last = index + 1
                while last + 1 < range.upperBound, last - index < 3, views[last + 1].word.isCapitalized { last += 1 }
                surnames[views[last].word.lower] = 1
            }
        }
        return surnames
    }

    /// Whether the tokens stand alone on their line or between separators such as "|", "»"
    /// or a dash (a menu's items, a share bar), not inside a sentence's punctuation.
    func standsApart(_ tokens: Range<Int>, in sentence: Range<Int>) -> Bool {
        func isSeparator(_ token: Int) -> Bool {
            let word = views[token].word
            return !word.flags.contains(.hasLetter) && !word.flags.contains(.hasDigit)
                && text.withBytes(of: token) { bytes in bytes.allSatisfy { !Self.separatorsThatJoin.contains($0) } }
        }
        return (tokens.lowerBound == sentence.lowerBound || isSeparator(tokens.lowerBound - 1))
            && (tokens.upperBound == sentence.upperBound || isSeparator(tokens.upperBound))
    }

    /// Punctuation that runs on within a sentence (commas, full stops, quotes, apostrophes)
    /// rather than parting a page's items.
    private static let separatorsThatJoin: Set<UInt8> = Set(",.;'\"`!?".utf8)

    /// "J.", "J": a capital alone, with or without a full stop.
    func isInitial(_ token: Int) -> Bool {
        text.withBytes(of: token) { bytes in
            !bytes.isEmpty && (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[0])
                && (bytes.count == 1 || (bytes.count == 2 && bytes[1] == UInt8(ascii: ".")))
        }
    }

    /// The token at `index`, or what stands beyond the sentence when `index` is outside it:
    /// right after a sentence that ends without punctuation, a full stop (`TokenView.fullStops`).
    @inline(__always)
    func view(_ index: Int, in sentence: Range<Int>) -> TokenView {
        if index < sentence.lowerBound { return .beforeSentence }
        if index == sentence.upperBound, let casing = openEnding(of: sentence) { return TokenView.fullStops[Int(casing)] }
        if index >= sentence.upperBound { return .afterSentence }
        return views[index]
    }

    /// The sentence's casing when it ends without punctuation (its last token has a letter or
    /// a digit), else nil.
    @inline(__always)
    func openEnding(of sentence: Range<Int>) -> UInt8? {
        let last = views[sentence.upperBound - 1]
        return last.word.flags.contains(.hasLetter) || last.word.flags.contains(.hasDigit) ? last.sentenceCasing : nil
    }

    /// 1 when most words are in capitals (a wire headline); 2 when most are capitalized, or
    /// every word but the small ones is, and an ordinary word after the first is capitalized
    /// too (a web headline: "Finland and Latvia Agree to Share Port Data as Traffic Grows", not
    /// a sentence thick with names: "Mike Pompeo visited Minsk"); else 0.
    private static func casing(of sentence: ArraySlice<TokenView>) -> UInt8 {
        var letters = 0, capitals = 0, capitalized = 0, lowercaseWords = 0, ordinaryCapitalized = 0
        for view in sentence where view.word.flags.contains(.hasLetter) {
            let word = view.word
            letters += 1
            if word.flags.contains(.allCapitals) { capitals += 1 }
            if word.isCapitalized {
                capitalized += 1
                if view.isCommonWord, letters > 1 { ordinaryCapitalized += 1 }
            } else if word.flags.contains(.initialLowercase), !Lexicon.smallWordHashes.contains(word.lower) {
                lowercaseWords += 1
            }
        }
        guard letters > 0 else { return 0 }
        if capitals * 10 >= letters * 6 && (letters > 1 || sentence.count == 1) { return 1 }
        let mostlyCapitalized = capitalized * 10 >= letters * 7 || (lowercaseWords == 0 && capitalized >= 3)
        if letters >= 3 && mostlyCapitalized && ordinaryCapitalized > 0 { return 2 }
        return 0
    }
}

/// A document ready for tagging: a `TokenView` for each of its tokens, with the sentence and
/// document context filled in.
struct TaggingDocument: Sendable {
    let text: TokenizedText
    private(set) var views: [TokenView]

    /// - Complexity: O(n · k) for n tokens and gazetteer phrases of at most k tokens.
    init(_ text: TokenizedText, gazetteers: Gazetteers) {
        self.text = text
        var views = [TokenView]()
        views.reserveCapacity(text.count)
        for token in 0..<text.count {
            views.append(TokenView(word: text.withBytes(of: token) { WordInfo($0) }))
        }
        views.withUnsafeMutableBufferPointer { views in
            for sentence in 0..<text.sentenceCount {
                gazetteers.markFlags(of: UnsafeMutableBufferPointer(rebasing: views[text.sentence(sentence)]))
            }
        }
        var seenCapitalized = HashTable(), seenLowercase = HashTable()
        for sentence in 0..<text.sentenceCount {
            let range = text.sentence(sentence)
            let casing = Self.casing(of: views[range])
            for index in range {
                views[index].sentenceCasing = casing
                views[index].isFirstInSentence = index == range.lowerBound
                let word = views[index].word
                if word.flags.contains(.initialLowercase) {
                    seenLowercase[word.lower] = 1
                } else if word.isCapitalized, !word.flags.contains(.allCapitals), casing == 0, index != range.lowerBound {
                    seenCapitalized[word.lower] = 1
                }
            }
        }
        let surnames = Self.surnames(in: views, text)
        for index in views.indices {
            let lower = views[index].word.lower
            views[index].documentCasing = (seenCapitalized[lower] != nil ? 1 : 0) | (seenLowercase[lower] != nil ? 2 : 0)
            views[index].isSurnameInDocument = surnames[lower] != nil
            // Only capitalized words can be taken for names, so only they are looked up.
            views[index].isCommonWord = views[index].word.isCapitalized && gazetteers.isCommonWord(lower)
        }
        self.views = views
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

    /// 1 when most words are in capitals (a wire headline), 2 when most are capitalized
    /// (a web headline), else 0.
    private static func casing(of sentence: ArraySlice<TokenView>) -> UInt8 {
        var letters = 0, capitals = 0, capitalized = 0
        for word in sentence.lazy.map(\.word) where word.flags.contains(.hasLetter) {
            letters += 1
            if word.flags.contains(.allCapitals) { capitals += 1 }
            if word.isCapitalized { capitalized += 1 }
        }
        guard letters > 0 else { return 0 }
        if capitals * 10 >= letters * 6 && (letters > 1 || sentence.count == 1) { return 1 }
        if letters >= 3 && capitalized * 10 >= letters * 7 { return 2 }
        return 0
    }
}

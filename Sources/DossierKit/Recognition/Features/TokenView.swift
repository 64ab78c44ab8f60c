/// One token as the feature templates see it: its `WordInfo`, its gazetteer flags and what
/// its sentence and document say about it.
struct TokenView: Sendable {
    var word: WordInfo
    var gazetteer: Gazetteers.TokenFlags = []
    /// How the sentence is written: 0 normal, 1 all capitals (a wire headline), 2 title case.
    var sentenceCasing: UInt8 = 0
    var isFirstInSentence = false
    /// Bit 0: the same word appears elsewhere in the document capitalized inside a normal
    /// sentence; bit 1: it appears in lower case; bit 2: it appears in capitals inside a
    /// normal sentence ("US", "NATO"). Tells a name in a headline or at a sentence's start
    /// from an ordinary word.
    var documentCasing: UInt8 = 0
    /// The word ends a person's name somewhere in the document (see `TaggingDocument`).
    var isSurnameInDocument = false
    /// A capitalized word that the dictionary writes in lower case: in a headline or at a
    /// sentence's start, most likely no name.
    var isCommonWord = false

    /// A first name the census lists, or a rarer given name that is no ordinary word ("Gemini",
    /// "Reality" and "Arles" have been given to children, but make no one's name by themselves);
    /// alone, even a common first name that is an ordinary word ("Art") is no evidence.
    var isGivenName: Bool {
        gazetteer.contains(.firstName) || (gazetteer.contains(.givenName) && !isCommonWord)
    }

    /// What stands beyond a sentence's ends, for the features of its first and last tokens.
    static let beforeSentence = TokenView(boundary: "<s>")
    static let afterSentence = TokenView(boundary: "</s>")

    /// The full stop newswire would have put after a sentence that ends without punctuation
    /// (a web heading, a caption), one for each `sentenceCasing`: such a sentence is read as
    /// if it ended with it.
    static let fullStops: [TokenView] = (0...2).map { casing in
        var view = TokenView(word: Array(".".utf8).withUnsafeBufferPointer { WordInfo($0) })
        view.sentenceCasing = UInt8(casing)
        return view
    }

    init(word: WordInfo) {
        self.word = word
    }

    private init(boundary: String) {
        word = WordInfo()
        word.exact = FeatureHash.of(boundary)
        word.lower = word.exact
        word.shape = word.exact
    }
}

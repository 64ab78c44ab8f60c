/// Rewrites newswire sentences the way the web writes headlines, so that training also shows
/// the tagger title case, which newswire lacks: a wire headline in capitals
/// ("LEICESTERSHIRE TAKE OVER AT TOP") as "Leicestershire Take Over at Top", keeping in
/// capitals the words the document writes in capitals elsewhere (acronyms: "NATO", "U.S."),
/// and a sentence of running text with every word capitalized ("Phil Simmons Took Four for 38"
/// or, as some sites write, "… Four For 38").
enum HeadlineCasing {
    static let smallWords = Lexicon.smallWords

    /// Whether a sentence is written in capitals: it has letters and no lower-case one.
    static func isInCapitals(_ sentence: [String]) -> Bool {
        sentence.contains { $0.contains(where: \.isLetter) } && !sentence.contains { $0.contains(where: \.isLowercase) }
    }

    /// The sentence in title case; `acronyms` are the words to keep in capitals.
    static func titleCased(_ sentence: [String], keeping acronyms: Set<String>) -> [String] {
        sentence.enumerated().map { index, word in
            guard word.contains(where: \.isLetter), !acronyms.contains(word) else { return word }
            let lower = word.lowercased()
            if index > 0 && smallWords.contains(lower) { return lower }
            return lower.prefix(1).uppercased() + lower.dropFirst()
        }
    }

    /// A sentence of running text with each word's first letter in capitals, the rest as
    /// written; small words too when `smallWordsToo`, else only the first word.
    static func capitalized(_ sentence: [String], smallWordsToo: Bool) -> [String] {
        sentence.enumerated().map { index, word in
            if index > 0 && !smallWordsToo && smallWords.contains(word) { return word }
            return word.prefix(1).uppercased() + word.dropFirst()
        }
    }

    /// The words a document writes in capitals outside its headlines.
    static func acronyms(in document: CoNLLDocument) -> Set<String> {
        var result = Set<String>()
        for sentence in document.sentences where !isInCapitals(sentence) {
            for word in sentence where word.count > 1 && word.contains(where: \.isLetter) && !word.contains(where: \.isLowercase) {
                result.insert(word)
            }
        }
        return result
    }
}

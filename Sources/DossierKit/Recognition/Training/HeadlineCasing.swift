/// Rewrites a wire headline in capitals ("LEICESTERSHIRE TAKE OVER AT TOP") the way the web
/// writes headlines ("Leicestershire Take Over at Top"), so that training also shows the
/// tagger title-case headlines, which newswire lacks. A word the document writes in capitals
/// elsewhere (an acronym: "NATO", "U.S.") stays in capitals.
enum HeadlineCasing {
    static let smallWords: Set<String> = ["a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs"]

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

/// The closed lists of English words that recognition reads, in one place: function words,
/// the small words of a title, days and months, words for governments, and the words around
/// a language's name. Each list is given in lower
/// case and kept as `WordInfo.lower` hashes (`WordSet`). Open lists (names, places, companies,
/// ordinary words) are the gazetteers' (`Gazetteers`, generated from open data).
enum Lexicon {
    /// Pronouns, determiners, quantifiers, prepositions, conjunctions and auxiliaries: words
    /// that do the grammar's work and name no one ("My husband…", "In Osaka").
    static let functionWords = WordSet([
        "a", "an", "the", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their", "many", "much",
        "more", "most", "some", "any", "all", "each", "every", "no", "none", "both", "either", "neither", "few", "several",
        "such", "so", "you", "we", "they", "he", "she", "it", "i", "me", "us", "them", "him", "what", "which", "who", "whom",
        "whose", "when", "where", "why", "how", "if", "then", "than", "and", "or", "but", "not", "yes", "here", "there", "now",
        "just", "also", "very", "too", "only", "still", "yet", "as", "at", "by", "for", "from", "in", "into", "of", "on", "to",
        "with", "without", "about", "after", "before", "while", "because", "although", "though", "since", "until", "unless",
        "do", "does", "did", "is", "are", "was", "were", "be", "been", "have", "has", "had", "would", "could", "should", "must",
    ])

    /// The words a title leaves in lower case ("What to Know About the New Rules").
    static let smallWords: Set<String> = ["a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with",
                                          "from", "as", "vs"]
    static let smallWordHashes = WordSet(Array(smallWords))

    /// The days of the week and the months, which follow names in dates ("met Insulza Monday").
    static let calendar = WordSet(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
         "april", "may", "june", "july", "august", "september", "october", "november", "december"])

    /// Words for the government or circle of the person named before them ("the Assad regime").
    static let governments = WordSet(
        ["administration", "regime", "government", "presidency", "era", "cabinet", "camp", "family", "dynasty", "junta"])

    /// The words for a government that only a person heads ("the Biden administration").
    static let personalGovernments = WordSet(["administration", "presidency"])

    /// Words before a language's name that make it the language ("written in English",
    /// "speaks French"): "in" and "into" only when no word in lower case follows the name ("in
    /// French politics" is the country's).
    static let beforeLanguage = WordSet(
        ["in", "into", "speak", "speaks", "spoke", "spoken", "speaking", "learn", "learning", "learned", "fluent", "native",
         "translated", "translate", "taught", "teach", "teaching", "study", "studying", "subtitled", "dubbed"])
    static let languageIntroductions = WordSet(["in", "into"])

    /// Words before a language's name that make it a people or a nationality ("the English",
    /// "she is French").
    static let beforePeople = WordSet(["the", "is", "are", "was", "were", "be", "been", "being", "am"])

    /// Marks that end a sentence or a clause.
    static let clauseEnds = WordSet([".", ";", ":", "!", "?", "...", "…"])

    /// Words that join the items of a list ("French, German and English").
    static let listJoiners = WordSet([",", "and", "or", "&", "/"])

    /// Words after a language's name that make it the language ("the English version").
    static let afterLanguage = WordSet(
        ["language", "languages", "version", "versions", "translation", "translations", "subtitles", "speakers", "speaker",
         "speaking", "dub", "edition", "text", "word", "words", "spelling", "grammar", "lessons", "course", "courses",
         "teacher", "teachers", "dictionary", "alphabet", "accent", "dialect", "keyboard", "audio"])
}

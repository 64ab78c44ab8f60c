/// The closed lists of English words that recognition reads, in one place: function words,
/// the small words of a title, days and months, words for institutions, governments, time in
/// office and landforms, and the words around a language's name. Each list is given in lower
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

    /// Words for an institution, a prize or a venue, which end its name ("Andy Warhol Museum").
    static let institutions = WordSet(
        ["museum", "institute", "foundation", "prize", "award", "awards", "center", "centre", "gallery", "arena", "pavilion",
         "amphitheatre", "amphitheater", "stadium", "university", "college", "academy", "school", "fellowship", "society",
         "association", "council", "committee", "agency", "ministry", "department", "hospital", "clinic", "cathedral",
         "church", "airport", "bank", "group", "company", "corporation", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "llc",
         "plc", "party", "fund", "club", "league", "festival", "biennale", "biennial", "theatre", "theater", "library",
         "magazine", "journal", "times", "post", "news", "network", "studios", "records", "motors", "airlines", "labs"])

    /// Words for the government or circle of the person named before them ("the Assad regime").
    static let governments = WordSet(
        ["administration", "regime", "government", "presidency", "era", "cabinet", "camp", "family", "dynasty", "junta"])

    /// The words for a government that only a person heads ("the Biden administration").
    static let personalGovernments = WordSet(["administration", "presidency"])

    /// Words for someone's time in office, which a name before them heads ("the Obama years").
    static let tenures = WordSet(["administration", "presidency", "era", "years", "tenure"])

    /// Words for a landform or a body of water, which end its name ("Crimean Peninsula").
    static let landforms = WordSet(
        ["peninsula", "sea", "ocean", "gulf", "strait", "straits", "bay", "mountains", "river", "valley", "desert",
         "plateau", "highlands", "lowlands", "basin", "delta", "island", "islands", "isles", "archipelago", "canal",
         "lake", "lakes", "steppe", "glacier", "reef", "coast", "hills"])

    /// Words before a language's name that make it the language ("written in English",
    /// "speaks French"): "in" and "into" only when no word in lower case follows the name ("in
    /// French politics" is the country's).
    static let beforeLanguage = WordSet(
        ["in", "into", "speak", "speaks", "spoke", "spoken", "speaking", "learn", "learning", "learned", "fluent", "native",
         "translated", "translate", "taught", "teach", "teaching", "study", "studying", "subtitled", "dubbed"])
    static let languageIntroductions = WordSet(["in", "into"])

    /// Words after a language's name that make it the language ("the English version").
    static let afterLanguage = WordSet(
        ["language", "languages", "version", "versions", "translation", "translations", "subtitles", "speakers", "speaker",
         "speaking", "dub", "edition", "text", "word", "words", "spelling", "grammar", "lessons", "course", "courses",
         "teacher", "teachers", "dictionary", "alphabet", "accent", "dialect", "keyboard", "audio"])
}

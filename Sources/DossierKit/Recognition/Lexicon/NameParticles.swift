/// The small words that join a person's name to the surname after them: "von der Leyen",
/// "bin Salman", "da Silva". Part of the recognition lexicon (`Lexicon`); the linker reads
/// the words too.
enum NameParticles {
    static let words: Set<String> = [
        "al", "el", "bin", "ibn", "bint", "abu", "von", "van", "der", "den", "de", "del", "della", "di", "da",
        "dos", "du", "la", "le", "ter", "ten", "zu", "mac", "st.",
    ]

    /// The same words as `WordInfo.lower` hashes.
    static let hashes = WordSet(Array(words))
}

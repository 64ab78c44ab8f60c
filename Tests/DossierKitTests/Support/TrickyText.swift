/// Short random texts built from pieces that make string handling hard: combining marks,
/// joiners, emoji, flags, Hangul jamo, prepended marks, case mappings that change length,
/// characters canonically equal to ASCII ones, line breaks and invisible characters. Seeded, so
/// a failure comes back on every run.
struct TrickyText {
    static let pieces = [
        "a", "B", "z", "K", "k", "i", "I", "x", "1", "0", " ", " ", "  ", "-", "@", "/", ".", "?", "!", ":", ";", "`", "'", "\"",
        ")", "]", "»", "’", "“", "”", "…", "—", "–", "•", "·", "|", "©", "®", "。", "！", "？", "é", "É", "e\u{301}", "\u{301}",
        "\u{300}", "\u{308}", "İ", "ı", "ß", "ẞ", "ǅ", "Ǆ", "ǆ", "ﬁ", "Ⅻ", "①", "١", "Ω", "Σ", "ς", "Д", "д", "Ѐ", "中", "の",
        "か", "\u{3099}", "Ａ", "ａ", "ｶ", "\u{FF9E}", "가", "각", "\u{1100}", "\u{1161}", "\u{11A8}", "ก", "\u{0E33}", "\u{0600}",
        "\u{0D4E}", "\u{212A}", "\u{037E}", "\u{1FEF}", "\u{200D}", "\u{FE0F}", "👍", "👍🏽", "👩\u{200D}💻", "🇫", "🇷", "\u{A0}",
        "\t", "\r", "\n", "\r\n", "\u{AD}", "\u{200B}", "\u{FEFF}", "\u{2028}", "\u{85}", "\u{7F}", "\u{1}", "Ⱥ", "ȿ",
        "http://", "www.", ".com", ".COM", "...", "said:", "Photo: ", "By ", "ago", "Read more",
    ]

    private var state: UInt64

    init(seed: UInt64) {
        state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
    }

    /// A text of up to `maximumPieces` pieces.
    mutating func next(maximumPieces: Int = 12) -> String {
        let count = Int(nextNumber() % UInt64(maximumPieces + 1))
        return (0..<count).map { _ in Self.pieces[Int(nextNumber() % UInt64(Self.pieces.count))] }.joined()
    }

    private mutating func nextNumber() -> UInt64 {
        // xorshift64*
        state ^= state >> 12
        state ^= state << 25
        state ^= state >> 27
        return state &* 0x2545_F491_4F6C_DD1D
    }

    /// `count` texts from a fixed seed, then the pieces one by one.
    static func samples(_ count: Int = 4000, seed: UInt64 = 7) -> [String] {
        var generator = TrickyText(seed: seed)
        return pieces + (0..<count).map { _ in generator.next() }
    }
}

import Foundation

/// What the tagger knows of one token by itself, computed once per token as hashes and
/// flags so that features are integer mixes, never strings.
///
/// The word is read with typographic quotes and dashes folded to ASCII ("’" as "'"), so that
/// text from the web looks like the newswire the tagger was trained on.
struct WordInfo: Sendable {
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt16
        static let initialCapital = Flags(rawValue: 1 << 0)
        static let allCapitals = Flags(rawValue: 1 << 1)
        static let hasDigit = Flags(rawValue: 1 << 2)
        static let hasLetter = Flags(rawValue: 1 << 3)
        static let hasHyphen = Flags(rawValue: 1 << 4)
        static let hasPeriod = Flags(rawValue: 1 << 5)
        static let initialLowercase = Flags(rawValue: 1 << 6)
        static let innerCapital = Flags(rawValue: 1 << 7)
        /// An underscore or "=" between letters or digits, or a bracket or "<" right after one,
        /// in a word that is no web address or e-mail (no "/" nor "@"): "user_id",
        /// "render(props", "x=1" (see `PageFurnitureRepair`).
        static let codeMark = Flags(rawValue: 1 << 8)
    }

    /// The word as written (quotes folded).
    var exact: UInt64 = 0
    /// The word in lower case.
    var lower: UInt64 = 0
    /// The word in lower case with the accents of Latin letters taken off ("Sofía", "Łódź" as
    /// "sofia", "lodz"): the key the gazetteers are matched by. The same as `lower` for ASCII.
    var folded: UInt64 = 0
    /// Character classes with repeats collapsed: "Xx" for "Minsk", "X.X." for "U.S.", "d-d" for "1996-08".
    var shape: UInt64 = 0
    /// Hashes of the lower-case word's first 1…4 bytes, then its last 1…4; 0 where the word is not longer.
    var affixes = SIMD8<UInt64>(repeating: 0)
    var flags: Flags = []

    var isCapitalized: Bool { flags.contains(.initialCapital) }

    init() {}

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var exact = FeatureHash.seed, lower = FeatureHash.seed, shape = FeatureHash.seed
        var lowered: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
        var lowerCount = 0
        var lastClass: UInt8 = 0
        var flags: Flags = []
        var letters = 0, capitals = 0
        var index = 0
        // The lower-case bytes are kept (up to 64) for the suffixes.
        withUnsafeMutableBytes(of: &lowered) { buffer in
            let keep = buffer.bindMemory(to: UInt8.self)
            func append(_ byte: UInt8, lowerByte: UInt8) {
                exact = FeatureHash.add(exact, byte)
                lower = FeatureHash.add(lower, lowerByte)
                if lowerCount < keep.count { keep[lowerCount] = lowerByte }
                lowerCount += 1
            }
            while index < bytes.count {
                let byte = bytes[index]
                var width = 1
                var characterClass: UInt8
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    append(byte, lowerByte: byte + 32)
                    characterClass = UInt8(ascii: "X")
                    capitals += 1; letters += 1
                case UInt8(ascii: "a")...UInt8(ascii: "z"):
                    append(byte, lowerByte: byte)
                    characterClass = UInt8(ascii: "x")
                    letters += 1
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    append(byte, lowerByte: byte)
                    characterClass = UInt8(ascii: "d")
                    flags.insert(.hasDigit)
                case 0x80...:
                    width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                    width = min(width, bytes.count - index)
                    if let (folded, count) = WordInfo.foldedPunctuation(bytes, index, width) {
                        for _ in 0..<count { append(folded, lowerByte: folded) }
                        characterClass = folded
                    } else if WordInfo.isSymbol(bytes, index, width) {
                        for offset in 0..<width { append(bytes[index + offset], lowerByte: bytes[index + offset]) }
                        characterClass = UInt8(ascii: "*")
                    } else {
                        // Latin-1 capitals (À…Þ but ×) are the only non-ASCII capitals told apart.
                        let isCapital = byte == 0xC3 && width == 2 && (0x80...0x9E).contains(bytes[index + 1]) && bytes[index + 1] != 0x97
                        for offset in 0..<width {
                            let b = bytes[index + offset]
                            append(b, lowerByte: isCapital && offset == 1 ? b + 0x20 : b)
                        }
                        characterClass = isCapital ? UInt8(ascii: "X") : UInt8(ascii: "x")
                        letters += 1
                        if isCapital { capitals += 1 }
                    }
                default:
                    append(byte, lowerByte: byte)
                    characterClass = byte
                    if byte == UInt8(ascii: "-") { flags.insert(.hasHyphen) }
                    if byte == UInt8(ascii: ".") { flags.insert(.hasPeriod) }
                    if WordInfo.isAlphanumericClass(lastClass), index > 0,
                       WordInfo.openingCodeMarks.contains(byte)
                        || (WordInfo.joiningCodeMarks.contains(byte) && index + 1 < bytes.count && WordInfo.isAlphanumericByte(bytes[index + 1])) {
                        flags.insert(.codeMark)
                    }
                }
                if index == 0 {
                    if characterClass == UInt8(ascii: "X") { flags.insert(.initialCapital) }
                    if characterClass == UInt8(ascii: "x") { flags.insert(.initialLowercase) }
                } else if characterClass == UInt8(ascii: "X"), lastClass == UInt8(ascii: "x") {
                    flags.insert(.innerCapital)
                }
                if characterClass != lastClass { shape = FeatureHash.add(shape, characterClass) }
                lastClass = characterClass
                index += width
            }
            var affixes = SIMD8<UInt64>(repeating: 0)
            let kept = min(lowerCount, keep.count)
            var prefix = FeatureHash.seed, suffix = FeatureHash.seed
            for k in 0..<max(0, min(4, lowerCount - 1, kept)) {
                prefix = FeatureHash.add(prefix, keep[k])
                affixes[k] = prefix
            }
            if lowerCount <= keep.count {
                for k in 0..<max(0, min(4, lowerCount - 1)) {
                    suffix = FeatureHash.add(suffix, keep[lowerCount - 1 - k])
                    affixes[4 + k] = suffix
                }
            }
            self.affixes = affixes
        }
        if flags.contains(.codeMark), bytes.contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "@") }) {
            flags.remove(.codeMark)
        }
        if letters > 0 {
            flags.insert(.hasLetter)
            if capitals == letters { flags.insert(.allCapitals) }
        }
        self.exact = exact
        self.lower = lower
        self.folded = bytes.contains { $0 >= 0x80 } ? Self.foldedHash(bytes) : lower
        self.shape = shape
        self.flags = flags
    }

    /// The hash of the word in lower case, Latin letters U+00C0…U+017F by their base letters,
    /// typographic punctuation as ASCII.
    private static func foldedHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = FeatureHash.seed
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            if byte < 0x80 {
                hash = FeatureHash.add(hash, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte)
            } else if let (folded, count) = foldedPunctuation(bytes, index, min(width, bytes.count - index)) {
                for _ in 0..<count { hash = FeatureHash.add(hash, folded) }
            } else if width == 2, index + 1 < bytes.count, (0xC3...0xC5).contains(byte),
                      case let scalar = Int(byte & 0x1F) << 6 | Int(bytes[index + 1] & 0x3F), let base = latinBases[scalar] {
                for folded in base { hash = FeatureHash.add(hash, folded) }
            } else {
                for offset in 0..<min(width, bytes.count - index) { hash = FeatureHash.add(hash, bytes[index + offset]) }
            }
            index += width
        }
        return hash
    }

    /// The base letters of the Latin letters U+00C0…U+017F, in lower case ("É" → "e",
    /// "ß" → "ss", "Ł" → "l"), as Foundation folds their diacritics.
    private static let latinBases: [Int: [UInt8]] = {
        var bases: [Int: [UInt8]] = [:]
        for value in 0xC0...0x17F {
            guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
            let base = String(Character(scalar)).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            let special: [Int: String] = [0xD8: "o", 0xF8: "o", 0x141: "l", 0x142: "l", 0x110: "d", 0x111: "d", 0xDF: "ss"]
            let ascii = special[value] ?? base
            if ascii.utf8.allSatisfy({ $0 < 0x80 }) { bases[value] = Array(ascii.utf8) }
        }
        return bases
    }()

    private static let openingCodeMarks: Set<UInt8> = Set("([{<".utf8)
    private static let joiningCodeMarks: Set<UInt8> = Set("_=".utf8)

    private static func isAlphanumericClass(_ characterClass: UInt8) -> Bool {
        characterClass == UInt8(ascii: "X") || characterClass == UInt8(ascii: "x") || characterClass == UInt8(ascii: "d")
    }

    private static func isAlphanumericByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || ((byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z"))
    }

    /// Symbols, not letters: Latin-1 signs ("©", "®", "°", U+0080…U+00BF), general
    /// punctuation, arrows, dingbats and the like (U+2000…U+2BFF), variation selectors
    /// (U+FE00…U+FE0F) and emoji (four bytes).
    private static func isSymbol(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ width: Int) -> Bool {
        switch (bytes[index], width) {
        case (0xC2, 2), (_, 4): return true
        case (0xE2, 3): return bytes[index + 1] < 0xB0
        case (0xEF, 3): return bytes[index + 1] == 0xB8
        default: return false
        }
    }

    /// Typographic punctuation read as its ASCII counterpart: quotes as quotes, en and em
    /// dashes as newswire's "--", hyphens as "-".
    private static func foldedPunctuation(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ width: Int) -> (UInt8, count: Int)? {
        if width == 3, bytes[index] == 0xE2, bytes[index + 1] == 0x80 {
            switch bytes[index + 2] {
            case 0x98, 0x99: return (UInt8(ascii: "'"), 1)
            case 0x9C, 0x9D: return (UInt8(ascii: "\""), 1)
            case 0x90, 0x91, 0x92: return (UInt8(ascii: "-"), 1)
            case 0x93, 0x94, 0x95: return (UInt8(ascii: "-"), 2)
            default: return nil
            }
        }
        if width == 2, bytes[index] == 0xC2, bytes[index + 1] == 0xAB || bytes[index + 1] == 0xBB { return (UInt8(ascii: "\""), 1) }
        return nil
    }
}

/// Comparing short texts the way a reader would: case, punctuation and spacing aside.
enum TextComparison {
    /// Lowercased words joined by single spaces.
    static func fold(_ text: String) -> String {
        String(decoding: plainFold(text) ?? foldByCharacters(text), as: UTF8.self)
    }

    /// The text lowercased, cut into words at every Character that is neither a letter nor a number.
    static func words(_ text: String) -> [Substring] {
        guard let folded = plainFold(text) else { return characterWords(text) }
        return String(decoding: folded, as: UTF8.self).utf8.split(separator: 0x20).map { Substring($0) }
    }

    /// The same as `fold(text) == folded`; where bytes can tell, it stops at the first byte
    /// that differs instead of folding the whole text.
    static func fold(_ text: String, equals folded: String) -> Bool {
        let known = UTF8Characters.withBytes(folded) { folded -> Bool? in
            guard UTF8Characters.standAloneCount(folded) != nil else { return nil }
            return UTF8Characters.withBytes(text) { bytes -> Bool? in
                var matched = 0
                switch walkFold(bytes, { byte in
                    guard matched < folded.count, folded[matched] == byte else { return false }
                    matched += 1
                    return true
                }) {
                case .finished: return matched == folded.count
                case .unsure: return nil
                case .stopped(let next):
                    // The bytes differ for good unless a mark joins the scalar they stopped in.
                    guard let (scalar, _) = UTF8Characters.scalar(in: bytes, at: next), FoldedScalars.lowercase(of: scalar) == nil else { return false }
                    return nil
                }
            }
        }
        return known ?? (fold(text) == folded)
    }

    /// `words` by Character: what the bytes stand for when they cannot tell.
    private static func characterWords(_ text: String) -> [Substring] {
        text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) })
    }

    /// The bytes of `fold(text)` for any text. It is lowercased scalar by scalar (as
    /// `lowercased()` does), then cut into stretches between two scalars that both stand alone,
    /// where a Character always ends and no grapheme rule looks across; only a stretch of
    /// several scalars is cut into Characters by the standard library.
    private static func foldByCharacters(_ text: String) -> [UInt8] {
        var lowered: [Unicode.Scalar] = []
        lowered.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if let entry = FoldedScalars.lowercase(of: scalar) {
                lowered.append(entry.scalar)
            } else {
                lowered.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        var folded: [UInt8] = []
        folded.reserveCapacity(text.utf8.count)
        var inWord = false
        var start = 0
        while start < lowered.count {
            var end = start + 1
            while end < lowered.count && !(UTF8Characters.standsAlone(lowered[end - 1].value) && UTF8Characters.standsAlone(lowered[end].value)) {
                end += 1
            }
            if end - start == 1 {
                // A Character of one scalar.
                let scalar = lowered[start]
                append(UTF8.encode(scalar)!, isLetterOrNumber: FoldedScalars.isLetterOrNumber(scalar), to: &folded, inWord: &inWord)
            } else {
                var stretch = String.UnicodeScalarView()
                stretch.append(contentsOf: lowered[start..<end])
                for character in String(stretch) {
                    append(character.utf8, isLetterOrNumber: character.isLetter || character.isNumber, to: &folded, inWord: &inWord)
                }
            }
            start = end
        }
        return folded
    }

    /// Adds a Character of the lowercased text to a fold: a letter or a number to the current
    /// word (or a new one), anything else ends the word.
    private static func append(_ character: some Sequence<UInt8>, isLetterOrNumber: Bool, to folded: inout [UInt8], inWord: inout Bool) {
        guard isLetterOrNumber else {
            inWord = false
            return
        }
        if !inWord && !folded.isEmpty { folded.append(0x20) }
        inWord = true
        folded.append(contentsOf: character)
    }

    /// The bytes of `fold(text)` when every scalar of the text stands alone (`UTF8Characters`),
    /// so that each scalar of the lowercased text is a Character; nil for other texts. Such a
    /// fold holds only scalars that stand alone: it equals another such fold exactly when
    /// their bytes do.
    private static func plainFold(_ text: String) -> [UInt8]? {
        UTF8Characters.withBytes(text) { bytes -> [UInt8]? in
            var folded: [UInt8] = []
            folded.reserveCapacity(bytes.count)
            let walk = walkFold(bytes) { byte in
                folded.append(byte)
                return true
            }
            guard case .finished = walk else { return nil }
            return folded
        }
    }

    private enum FoldWalk {
        /// Every byte of the fold was handed over.
        case finished
        /// The body refused a byte of the scalar that ends before `next`.
        case stopped(next: Int)
        /// A scalar does not stand alone: some bytes may have been handed over already.
        case unsure
    }

    /// Hands `body` the bytes of the text's fold one by one while it takes them (returns true),
    /// as long as every scalar stands alone. A scalar's bytes are handed over before the next
    /// scalar is read: a mark after it can still join it.
    @inline(__always)
    private static func walkFold(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt8) -> Bool) -> FoldWalk {
        var inWord = false
        var started = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var lowered = Unicode.Scalar(byte)
            var isLetterOrNumber: Bool
            if byte < 0x80 {
                if byte >= 0x41 && byte <= 0x5A { lowered = Unicode.Scalar(byte | 0x20) }
                isLetterOrNumber = FoldedScalars.isLetterOrNumber(lowered)
                index += 1
            } else {
                guard let (scalar, length) = UTF8Characters.scalar(in: bytes, at: index),
                      let entry = FoldedScalars.lowercase(of: scalar) else { return .unsure }
                lowered = entry.scalar
                isLetterOrNumber = entry.isLetterOrNumber
                index += length
            }
            guard isLetterOrNumber else {
                inWord = false
                continue
            }
            if !inWord && started && !body(0x20) { return .stopped(next: index) }
            inWord = true
            started = true
            if lowered.isASCII {
                if !body(UInt8(lowered.value)) { return .stopped(next: index) }
            } else {
                for byte in UTF8.encode(lowered)! where !body(byte) { return .stopped(next: index) }
            }
        }
        return .finished
    }

    /// Texts by their fold: `insert` answers as `Set<String>.insert(fold(text)).inserted` does.
    struct FoldSet {
        /// Folds read from bytes (`plainFold`), each equal to another only when its bytes are.
        private var plain: Set<PlainFold> = []
        /// The others, compared as strings with every fold.
        private var others: [String] = []

        /// True when no text with the same fold was inserted before.
        mutating func insert(_ text: String) -> Bool {
            if let bytes = TextComparison.plainFold(text) {
                let fold = PlainFold(bytes: bytes)
                guard !plain.contains(fold) else { return false }
                if !others.isEmpty {
                    let string = String(decoding: bytes, as: UTF8.self)
                    guard !others.contains(string) else { return false }
                }
                plain.insert(fold)
                return true
            }
            let fold = TextComparison.fold(text)
            guard !others.contains(fold), !plain.contains(where: { String(decoding: $0.bytes, as: UTF8.self) == fold }) else { return false }
            others.append(fold)
            return true
        }

        /// Equal by bytes, hashed once as one run of bytes (a set that grows hashes its
        /// members again).
        private struct PlainFold: Hashable {
            let bytes: [UInt8]
            private let hash: Int

            init(bytes: [UInt8]) {
                self.bytes = bytes
                var hasher = Hasher()
                bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
                hash = hasher.finalize()
            }

            static func == (lhs: PlainFold, rhs: PlainFold) -> Bool {
                lhs.hash == rhs.hash && lhs.bytes == rhs.bytes
            }

            func hash(into hasher: inout Hasher) {
                hasher.combine(hash)
            }
        }
    }
}

/// The lowercase of a scalar that stands alone (`UTF8Characters.standsAlone`) when that is one
/// scalar standing alone too, and whether it is a letter or a number as `Character.isLetter`
/// and `isNumber` read it (by the first scalar).
private enum FoldedScalars {
    struct Lowered {
        let scalar: Unicode.Scalar
        let isLetterOrNumber: Bool
    }

    static func lowercase(of scalar: Unicode.Scalar) -> Lowered? {
        if scalar.value < UInt32(table.count) { return table[Int(scalar.value)] }
        return UTF8Characters.standsAlone(scalar.value) ? lowered(scalar) : nil
    }

    /// The scalars up to the common punctuation, looked up once.
    private static let table: [Lowered?] = (UInt32(0)...0x2029).map { value in
        guard UTF8Characters.standsAlone(value), let scalar = Unicode.Scalar(value) else { return nil }
        return lowered(scalar)
    }

    private static func lowered(_ scalar: Unicode.Scalar) -> Lowered? {
        var lowered = scalar
        if scalar.properties.changesWhenLowercased {
            let mapping = scalar.properties.lowercaseMapping.unicodeScalars
            guard mapping.count == 1, let only = mapping.first, UTF8Characters.standsAlone(only.value) else { return nil }
            lowered = only
        }
        return Lowered(scalar: lowered, isLetterOrNumber: isLetterOrNumber(lowered))
    }

    /// What `Character.isLetter || Character.isNumber` reads of a Character's first scalar.
    @inline(__always)
    static func isLetterOrNumber(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value | 0x20
            return (value >= 0x61 && value <= 0x7A) || (scalar.value >= 0x30 && scalar.value <= 0x39)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}

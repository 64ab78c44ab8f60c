/// What the first bytes of an input say about it: binary data that is no article (an image,
/// an archive, a program, bytes full of controls), UTF-16 text without a byte-order mark,
/// JSON Lines, HTML.
enum ContentSniffing {
    /// How much of an input's start is looked at.
    static let headLength = 8192

    /// Why `head` is binary data rather than text ("a PNG image", "binary data (control
    /// bytes)"); nil for text. Binary when more than one byte in 20 is a control other than
    /// tab, line feed, vertical tab, form feed, carriage return and ESC. A NUL between two
    /// printable bytes does not count: text with NULs between its words ("Minister\0Jane")
    /// stays text, its NULs read as spaces; runs of NULs, as binary formats have, count.
    static func binaryKind(_ head: ArraySlice<UInt8>) -> String? {
        if let magic = knownMagic(head) { return magic }
        if utf16ByteOrder(head) != nil { return nil }
        var controls = 0
        var index = head.startIndex
        while index < head.endIndex {
            let byte = head[index]
            if byte == 0 {
                let between = index > head.startIndex && index + 1 < head.endIndex
                    && isPrintable(head[index - 1]) && isPrintable(head[index + 1])
                if !between { controls += 1 }
            } else if isControl(byte) {
                controls += 1
            }
            index += 1
        }
        return controls * 20 > head.count ? "binary data (control bytes)" : nil
    }

    /// A control byte that text does not hold: not tab, line feed, vertical tab, form feed,
    /// carriage return or ESC.
    private static func isControl(_ byte: UInt8) -> Bool {
        byte < 0x09 || (byte > 0x0D && byte < 0x20 && byte != 0x1B) || byte == 0x7F
    }

    /// A byte of a printable character: ASCII from the space on (not DEL), or part of a
    /// character beyond ASCII.
    private static func isPrintable(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte != 0x7F
    }

    /// Signatures of file formats that are never articles, with offsets and names.
    static let signatures: [(offset: Int, bytes: [UInt8], name: String)] = [
        (0, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
        (0, [0xFF, 0xD8, 0xFF], "a JPEG image"),
        (0, Array("GIF87a".utf8), "a GIF image"),
        (0, Array("GIF89a".utf8), "a GIF image"),
        (8, Array("WEBP".utf8), "a WebP image"),
        (0, [0x49, 0x49, 0x2A, 0x00], "a TIFF image"),
        (0, [0x4D, 0x4D, 0x00, 0x2A], "a TIFF image"),
        (0, [0x00, 0x00, 0x01, 0x00], "an icon"),
        (0, Array("%PDF-".utf8), "a PDF document"),
        (0, [0x50, 0x4B, 0x03, 0x04], "a ZIP archive"),
        (0, [0x1F, 0x8B], "gzip data inside gzip data"),
        (0, [0x42, 0x5A, 0x68], "bzip2 data"),
        (0, [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "xz data"),
        (0, [0x28, 0xB5, 0x2F, 0xFD], "zstd data"),
        (0, [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
        (0, Array("Rar!".utf8) + [0x1A, 0x07], "a RAR archive"),
        (257, Array("ustar".utf8), "a tar archive"),
        (0, [0x7F, 0x45, 0x4C, 0x46], "an ELF program"),
        (0, [0xCA, 0xFE, 0xBA, 0xBE], "a compiled program"),
        (0, [0xCF, 0xFA, 0xED, 0xFE], "a compiled program"),
        (0, [0x00, 0x61, 0x73, 0x6D], "a WebAssembly module"),
        (0, Array("SQLite format 3".utf8) + [0], "an SQLite database"),
        (0, Array("OggS".utf8), "Ogg audio or video"),
        (0, Array("fLaC".utf8), "FLAC audio"),
        (0, Array("ID3".utf8), "MP3 audio"),
        (4, Array("ftyp".utf8), "an MP4 or QuickTime video"),
        (0, [0x1A, 0x45, 0xDF, 0xA3], "a Matroska or WebM video"),
        (0, Array("wOFF".utf8), "a web font"),
        (0, Array("wOF2".utf8), "a web font"),
    ]

    static func knownMagic(_ head: ArraySlice<UInt8>) -> String? {
        for signature in signatures {
            let start = head.startIndex + signature.offset
            guard head.endIndex - start >= signature.bytes.count else { continue }
            if head[start..<(start + signature.bytes.count)].elementsEqual(signature.bytes) {
                // "BZh" opens some English words too: bzip2 goes on with a block size digit and a block magic.
                if signature.name == "bzip2 data" && !isBzip2(head) { continue }
                return signature.name
            }
        }
        return nil
    }

    private static func isBzip2(_ head: ArraySlice<UInt8>) -> Bool {
        let start = head.startIndex
        guard head.count >= 10, (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(head[start + 3]) else { return false }
        return head[(start + 4)..<(start + 10)].elementsEqual([0x31, 0x41, 0x59, 0x26, 0x53, 0x59])
    }

    /// The byte order of UTF-16 text: from its byte-order mark, or, without one, from NULs
    /// that stand in every other byte (ASCII and Latin text in UTF-16). Nil for anything else.
    static func utf16ByteOrder(_ head: ArraySlice<UInt8>) -> UTF16ByteOrder? {
        if head.starts(with: [0xFF, 0xFE]) { return .littleEndian }
        if head.starts(with: [0xFE, 0xFF]) { return .bigEndian }
        let pairs = head.count / 2
        guard pairs >= 2 else { return nil }
        var evenNULs = 0, oddNULs = 0
        var index = head.startIndex
        for _ in 0..<pairs {
            if head[index] == 0 { evenNULs += 1 }
            if head[index + 1] == 0 { oddNULs += 1 }
            index += 2
        }
        if oddNULs * 10 >= pairs * 7 && evenNULs * 20 <= pairs { return .littleEndian }
        if evenNULs * 10 >= pairs * 7 && oddNULs * 20 <= pairs { return .bigEndian }
        return nil
    }

    enum UTF16ByteOrder {
        case littleEndian, bigEndian
    }

    /// True when every non-blank line of `head` opens a JSON object (a line cut by the end of
    /// the head is judged by its start, like the others): JSON Lines records.
    static func looksLikeJSONLines(_ head: ArraySlice<UInt8>) -> Bool {
        let body = head.starts(with: [0xEF, 0xBB, 0xBF]) ? head.dropFirst(3) : head
        let lines = body.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
        var sawRecord = false
        for line in lines {
            guard let first = line.first(where: { !isBlank($0) }) else { continue }
            guard first == UInt8(ascii: "{") else { return false }
            sawRecord = true
        }
        return sawRecord
    }

    /// True when the first non-blank bytes open a tag and an html, head or body tag appears early.
    static func looksLikeHTML(_ head: ArraySlice<UInt8>) -> Bool {
        let text = String(decoding: head.prefix(2048), as: UTF8.self).lowercased()
        guard text.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).first == "<" else { return false }
        return text.contains("<html") || text.contains("<!doctype html") || text.contains("<body") || text.contains("<head")
    }

    static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }
}

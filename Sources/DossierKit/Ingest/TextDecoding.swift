import Glibc

/// Bytes to text. Decoding never traps and never drops a byte: a byte that fits no encoding
/// becomes the Windows-1252 character of that byte.
///
/// The order of evidence: a byte-order mark (UTF-8 or UTF-16); then valid UTF-8 (a page
/// that declares another charset but is valid UTF-8 was almost always re-saved as UTF-8);
/// then the charset the document declares; then UTF-8 with Windows-1252 for the bytes that
/// are not UTF-8. Mojibake (UTF-8 read as Windows-1252) is repaired afterwards, see
/// `MojibakeRepair`.
public enum TextDecoding {
    /// Decodes a document's bytes; `declaredCharset` is the charset a page names, if any.
    public static func decode(_ bytes: [UInt8], declaredCharset: String? = nil) -> String {
        let utf8 = utf8Bytes(bytes, declaredCharset: declaredCharset)
        return String(decoding: utf8, as: UTF8.self)
    }

    /// The document as valid UTF-8 bytes: the input itself (not copied) when it is UTF-8
    /// already, which is the common case.
    public static func utf8Bytes(_ bytes: [UInt8], declaredCharset: String? = nil) -> [UInt8] {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return utf8Bytes(bytes[3...]) }
        if bytes.starts(with: [0xFF, 0xFE]) { return Array(decodeUTF16(bytes.dropFirst(2), bigEndian: false).utf8) }
        if bytes.starts(with: [0xFE, 0xFF]) { return Array(decodeUTF16(bytes.dropFirst(2), bigEndian: true).utf8) }
        if UTF8Sequence.isValid(bytes) { return bytes }
        switch declaredCharset.map(Charset.init(name:)) {
        case .windows1252?:
            return Array(decodeWindows1252(bytes).utf8)
        case .other(let name)?:
            if let text = decodeWithIconv(bytes, from: name) { return Array(text.utf8) }
        case .utf8?, .utf16?, nil:
            break
        }
        return utf8Bytes(bytes[...])
    }

    /// A declared charset, by the names pages use for it.
    enum Charset: Equatable {
        case utf8
        case utf16
        /// Windows-1252 and the names browsers treat as it (ISO-8859-1, ASCII).
        case windows1252
        case other(String)

        init(name: String) {
            let name = name.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " }
            switch name {
            case "utf8", "unicode11utf8", "xunicode20utf8": self = .utf8
            case "utf16", "utf16le", "utf16be", "unicode": self = .utf16
            case "windows1252", "cp1252", "xcp1252", "iso88591", "latin1", "l1", "usascii", "ascii",
                 "iso885915", "ansix3.41968", "cp819", "ibm819", "iso8859115", "isoir100":
                self = .windows1252
            default: self = .other(name)
            }
        }
    }

    /// UTF-8 where the bytes are UTF-8; each byte of an invalid sequence becomes its
    /// Windows-1252 character, so nothing is lost and Windows-1252 text decodes as such.
    static func utf8Bytes(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if let (_, length) = UTF8Sequence.decode(bytes, at: index) {
                output.append(contentsOf: bytes[index..<(index + length)])
                index += length
            } else {
                UTF8.encode(windows1252Scalar(bytes[index])) { output.append($0) }
                index += 1
            }
        }
        return output
    }

    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Windows-1252: Latin-1 with printable characters in 0x80–0x9F.
    public static func decodeWindows1252(_ bytes: some Sequence<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes { scalars.append(windows1252Scalar(byte)) }
        return String(scalars)
    }

    static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        if (0x80...0x9F).contains(byte), let mapped = windows1252High[Int(byte - 0x80)] { return mapped }
        return Unicode.Scalar(byte)
    }

    /// 0x80–0x9F in Windows-1252; nil where the code page leaves a byte undefined.
    static let windows1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    /// Any other charset through the C library's iconv; nil when it does not know the name
    /// or the bytes do not fit it.
    static func decodeWithIconv(_ bytes: [UInt8], from charset: String) -> String? {
        let converter = iconv_open("UTF-8", charset)
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        var input = bytes
        let converted = input.withUnsafeMutableBufferPointer { inBuffer -> Int? in
            output.withUnsafeMutableBufferPointer { outBuffer -> Int? in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count, outLeft = outBuffer.count
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1 || inLeft == 0 else { return nil }
                return outBuffer.count - outLeft
            }
        }
        guard let converted, !bytes.isEmpty else { return bytes.isEmpty ? "" : nil }
        return String(validating: output[..<converted], as: UTF8.self)
    }
}

/// One UTF-8 sequence, validated the strict way (no overlong forms, no surrogates).
enum UTF8Sequence {
    /// True when all of `bytes` is valid UTF-8. Runs of ASCII are checked eight bytes at a time.
    static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            guard let base = buffer.baseAddress else { return true }
            var index = 0
            while index < count {
                if index + 8 <= count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 {
                        index += 8
                        continue
                    }
                }
                if base[index] < 0x80 {
                    index += 1
                    continue
                }
                guard let (_, length) = decode(buffer, at: index) else { return false }
                index += length
            }
            return true
        }
    }

    /// The scalar at `index` and its length in bytes, or nil when the bytes there are not UTF-8.
    static func decode<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int) -> (Unicode.Scalar, Int)? where Bytes.Index == Int {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard index + length <= bytes.endIndex else { return nil }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        let smallest: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= smallest, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }
}

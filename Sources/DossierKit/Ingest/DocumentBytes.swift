/// A document's bytes made ready for extraction: UTF-16 text (with or without a byte-order
/// mark) turned into UTF-8, and every NUL byte into a space, so that NULs standing between
/// words ("Minister\0Jane\0Okafor") keep the words apart instead of gluing them together.
enum DocumentBytes {
    static func prepared(_ bytes: [UInt8]) -> [UInt8] {
        var bytes = bytes
        if let order = ContentSniffing.utf16ByteOrder(bytes.prefix(ContentSniffing.headLength)) {
            let hasMark = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
            bytes = Array(TextDecoding.decodeUTF16(bytes.dropFirst(hasMark ? 2 : 0), bigEndian: order == .bigEndian).utf8)
        }
        guard bytes.contains(0) else { return bytes }
        for index in bytes.indices where bytes[index] == 0 { bytes[index] = 0x20 }
        return bytes
    }
}

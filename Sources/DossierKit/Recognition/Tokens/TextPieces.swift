/// A long text cut into pieces of at most a given number of bytes, each ending at a paragraph
/// break where one comes in its second half, else at a line break, else at a space, else at a
/// character's boundary: for reading a text too long to read whole.
enum TextPieces {
    /// The pieces with the UTF-8 offset each starts at.
    static func cut(_ text: String, atMost limit: Int) -> [(offset: Int, text: String)] {
        let bytes = Array(text.utf8)
        var pieces: [(offset: Int, text: String)] = []
        var start = 0
        while start < bytes.count {
            var end = min(start + max(limit, 4), bytes.count)
            if end < bytes.count { end = breakPoint(in: bytes, from: start + (end - start) / 2, before: end) }
            pieces.append((start, String(decoding: bytes[start..<end], as: UTF8.self)))
            start = end
        }
        return pieces
    }

    /// The last good place to cut in `bytes[low..<high]`, the cut coming after it.
    private static func breakPoint(in bytes: [UInt8], from low: Int, before high: Int) -> Int {
        let newline = UInt8(ascii: "\n"), space = UInt8(ascii: " ")
        var index = high - 1
        while index > low {
            if bytes[index] == newline && bytes[index - 1] == newline { return index + 1 }
            index -= 1
        }
        if let line = (low..<high).last(where: { bytes[$0] == newline }) { return line + 1 }
        if let gap = (low..<high).last(where: { bytes[$0] == space }) { return gap + 1 }
        // Not inside a character: a UTF-8 continuation byte is 10xxxxxx.
        var cut = high
        while cut > low && bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
        return cut
    }
}

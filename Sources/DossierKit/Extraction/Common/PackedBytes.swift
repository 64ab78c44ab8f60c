/// Tests over a run of bytes read eight at a time, as one 64-bit word (each byte's high bit
/// carries its answer), with the bytes after the last whole word read one by one: several
/// times fewer instructions than a loop over bytes, which the compiler does not widen itself.
enum PackedBytes {
    /// True when every byte is printable ASCII (0x20–0x7E).
    static func isPrintableASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var flags: UInt64 = 0
        var index = 0
        while index + 8 <= bytes.count {
            let word = load(bytes, at: index)
            // A byte of 0x80 or more shows in the word itself. When none does, subtracting 0x20
            // from each byte borrows (setting the high bit) only from a byte below 0x20, and
            // adding 1 sets the high bit only of a byte 0x7F; no carry crosses a byte.
            flags |= word | (word &- 0x2020_2020_2020_2020) | (word &+ 0x0101_0101_0101_0101)
            index += 8
        }
        if flags & highBits != 0 { return false }
        while index < bytes.count {
            guard bytes[index] &- 0x20 < 0x5F else { return false }
            index += 1
        }
        return true
    }

    /// True when two spaces stand side by side.
    static func hasDoubleSpace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousWasSpace = false
        var index = 0
        while index + 8 <= bytes.count {
            let spaces = spaceBits(load(bytes, at: index))
            // A space after a space in the word, or a first byte that is a space after one ending the last word.
            if spaces & (spaces << 8) != 0 || (previousWasSpace && spaces & 0x80 != 0) { return true }
            previousWasSpace = spaces >> 63 != 0
            index += 8
        }
        while index < bytes.count {
            let isSpace = bytes[index] == 0x20
            if isSpace && previousWasSpace { return true }
            previousWasSpace = isSpace
            index += 1
        }
        return false
    }

    /// How many bytes other than a space follow a space or open the run: the words of a line
    /// of ASCII separated by spaces.
    static func wordStarts(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var starts = 0
        var previousWasSpace = true
        var index = 0
        while index + 8 <= bytes.count {
            let spaces = spaceBits(load(bytes, at: index))
            let afterSpaces = spaces << 8 | (previousWasSpace ? 0x80 : 0)
            starts += (~spaces & afterSpaces & highBits).nonzeroBitCount
            previousWasSpace = spaces >> 63 != 0
            index += 8
        }
        while index < bytes.count {
            let isSpace = bytes[index] == 0x20
            if !isSpace && previousWasSpace { starts += 1 }
            previousWasSpace = isSpace
            index += 1
        }
        return starts
    }

    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte that is a space (0x20), and no other bit.
    @inline(__always)
    private static func spaceBits(_ word: UInt64) -> UInt64 {
        let other = word ^ 0x2020_2020_2020_2020
        // The high bit of a byte of `other` is set after this exactly when the byte is zero.
        return ~(((other & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | other | 0x7F7F_7F7F_7F7F_7F7F)
    }

    /// Eight bytes from `index`, the first in the lowest bits (as x86 and ARM load them).
    @inline(__always)
    private static func load(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
    }
}

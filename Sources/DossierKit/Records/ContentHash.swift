/// A 64-bit hash of bytes, for telling whether a source's content changed: FNV-1a's
/// constants over eight bytes at a time, each word's product folded back. Not for security:
/// a file that changes size or time is hashed again, and equal hashes mean the content is
/// taken as unchanged.
public enum ContentHash {
    public static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    public static func of(_ bytes: some Sequence<UInt8>, seed: UInt64 = seed) -> UInt64 {
        var hash = seed
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }

    public static func of(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = seed) -> UInt64 {
        var hash = seed ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x0000_0100_0000_01b3
            hash ^= hash >> 29
            offset += 8
        }
        while offset < bytes.count {
            hash = (hash ^ UInt64(bytes[offset])) &* 0x0000_0100_0000_01b3
            offset += 1
        }
        return hash
    }

    /// The hash as 16 hexadecimal digits.
    public static func hex(_ hash: UInt64) -> String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

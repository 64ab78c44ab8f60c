/// 64-bit hashing for features: FNV-1a over bytes, and a mix that combines a template with
/// its values. Features are keyed by these hashes, never by strings.
enum FeatureHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func add(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    /// Combines two values (splitmix64's finalizer over a multiply-xor).
    @inline(__always)
    static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var z = (a &* 0x9e37_79b9_7f4a_7c15) ^ (b &+ 0x632b_e59b_d9b4_e019)
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// Combines three values, at the cost of one `mix`: each value goes in before its own
    /// multiply, so that the order counts.
    @inline(__always)
    static func mix(_ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        var z = (a &* 0x9e37_79b9_7f4a_7c15) ^ b
        z = ((z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9) ^ c
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    static func of(_ text: String) -> UInt64 {
        text.utf8.reduce(seed, add)
    }
}

/// An open-addressing table from 64-bit hashes to small integers, with linear probing.
/// Keys are hashes already (well mixed), so the slot is the key's low bits.
/// - Complexity: O(1) expected lookup at a load factor of at most one half.
struct HashTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    /// The key that marks an empty slot; `normalized` moves a real key off it.
    private static let empty: UInt64 = 0

    init(minimumCapacity: Int = 16) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        keys = Array(repeating: Self.empty, count: capacity)
        values = Array(repeating: 0, count: capacity)
        mask = capacity - 1
    }

    @inline(__always)
    static func normalized(_ key: UInt64) -> UInt64 { key == empty ? 1 : key }

    @inline(__always)
    func value(for key: UInt64) -> Int32? {
        let key = Self.normalized(key)
        return keys.withUnsafeBufferPointer { keys in
            var slot = Int(truncatingIfNeeded: key) & mask
            while true {
                let found = keys[slot]
                if found == key { return values.withUnsafeBufferPointer { $0[slot] } }
                if found == Self.empty { return nil }
                slot = (slot + 1) & mask
            }
        }
    }

    subscript(key: UInt64) -> Int32? {
        get { value(for: key) }
        set {
            let key = Self.normalized(key)
            var slot = Int(truncatingIfNeeded: key) & mask
            while keys[slot] != Self.empty && keys[slot] != key { slot = (slot + 1) & mask }
            if keys[slot] == Self.empty {
                guard let newValue else { return }
                keys[slot] = key
                values[slot] = newValue
                count += 1
                if count * 2 > keys.count { grow() }
            } else if let newValue {
                values[slot] = newValue
            } else {
                preconditionFailure("HashTable does not remove keys")
            }
        }
    }

    /// Every key and value, in slot order.
    var entries: [(key: UInt64, value: Int32)] {
        zip(keys, values).filter { $0.0 != Self.empty }.map { (key: $0.0, value: $0.1) }
    }

    private mutating func grow() {
        let old = entries
        self = HashTable(minimumCapacity: keys.count)
        for (key, value) in old { self[key] = value }
    }
}

/// An open-addressing table from 64-bit hashes to small integers, with linear probing.
/// Keys are hashes already (well mixed), so the slot is the key's low bits, and a key and its
/// value share a slot, so that a lookup reads one cache line.
/// - Complexity: O(1) expected lookup at a load factor of at most one half.
struct HashTable: Sendable {
    private struct Slot {
        var key: UInt64
        var value: Int32
    }

    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0

    /// The key that marks an empty slot; `normalized` moves a real key off it.
    private static let empty: UInt64 = 0

    init(minimumCapacity: Int = 16) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        slots = Array(repeating: Slot(key: Self.empty, value: 0), count: capacity)
        mask = capacity - 1
    }

    @inline(__always)
    static func normalized(_ key: UInt64) -> UInt64 { key == empty ? 1 : key }

    @inline(__always)
    func value(for key: UInt64) -> Int32? {
        let key = Self.normalized(key)
        return slots.withUnsafeBufferPointer { slots in
            var index = Int(truncatingIfNeeded: key) & mask
            while true {
                let slot = slots[index]
                if slot.key == key { return slot.value }
                if slot.key == Self.empty { return nil }
                index = (index + 1) & mask
            }
        }
    }

    subscript(key: UInt64) -> Int32? {
        get { value(for: key) }
        set {
            let key = Self.normalized(key)
            var index = Int(truncatingIfNeeded: key) & mask
            while slots[index].key != Self.empty && slots[index].key != key { index = (index + 1) & mask }
            if slots[index].key == Self.empty {
                guard let newValue else { return }
                slots[index] = Slot(key: key, value: newValue)
                count += 1
                if count * 2 > slots.count { grow() }
            } else if let newValue {
                slots[index].value = newValue
            } else {
                preconditionFailure("HashTable does not remove keys")
            }
        }
    }

    /// Every key and value, in slot order.
    var entries: [(key: UInt64, value: Int32)] {
        slots.filter { $0.key != Self.empty }.map { (key: $0.key, value: $0.value) }
    }

    private mutating func grow() {
        let old = entries
        self = HashTable(minimumCapacity: slots.count)
        for (key, value) in old { self[key] = value }
    }
}

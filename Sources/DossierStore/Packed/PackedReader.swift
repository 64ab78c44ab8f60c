/// Reads what `PackedWriter` wrote. A blob that ends early or holds a number too large
/// throws `PackedReader.Damaged` instead of trapping: a cache file can be damaged.
struct PackedReader {
    struct Damaged: Error {}

    private let bytes: UnsafeRawBufferPointer
    private(set) var offset = 0

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { offset >= bytes.count }

    mutating func unsigned() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw Damaged() }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    mutating func signed() throws -> Int {
        let value = try unsigned()
        return Int(Int64(bitPattern: (value >> 1) ^ (0 &- (value & 1))))
    }

    /// An unsigned value that must fit in `Int` and be at most `limit`.
    mutating func count(atMost limit: Int = Int(Int32.max)) throws -> Int {
        let value = try unsigned()
        guard value <= UInt64(limit) else { throw Damaged() }
        return Int(value)
    }

    mutating func raw() throws -> UInt8 {
        guard offset < bytes.count else { throw Damaged() }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func string() throws -> String {
        let length = try count(atMost: bytes.count - offset)
        defer { offset += length }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + length)]), as: UTF8.self)
    }
}

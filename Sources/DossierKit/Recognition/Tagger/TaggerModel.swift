import Foundation

/// The tagger's weights: for each feature hash kept after training, one weight per tag.
///
/// The shipped file holds the feature hashes and the weights quantized to 16 bits, nothing
/// else: no word of the training text can be read back from it.
///
/// File layout (little-endian): "DNER", version (UInt32), feature count n (UInt32), scale
/// (Float32), n feature hashes (UInt64), n × 9 weights (Int16, weight = value × scale).
struct TaggerModel: Sendable {
    /// An open-addressing table whose slots are one cache line each: a feature's weights in
    /// lanes 0…8 and its hash's bits in lanes 14 and 15, so that a lookup reads one line.
    /// An all-zero key marks an empty slot.
    private let slots: [SIMD16<Float>]
    private let mask: Int

    static let magic = Array("DNER".utf8)
    static let version: UInt32 = 1

    init(features: [UInt64], weights: [SIMD16<Float>]) {
        var capacity = 16
        while capacity < features.count * 2 { capacity <<= 1 }
        var slots = [SIMD16<Float>](repeating: .zero, count: capacity)
        for (feature, row) in zip(features, weights) {
            let key = Self.normalized(feature)
            var slot = Int(truncatingIfNeeded: key) & (capacity - 1)
            while Self.key(of: slots[slot]) != 0 { slot = (slot + 1) & (capacity - 1) }
            var stored = row
            for lane in EntityTag.count..<16 { stored[lane] = 0 }
            stored[14] = Float(bitPattern: UInt32(truncatingIfNeeded: key))
            stored[15] = Float(bitPattern: UInt32(truncatingIfNeeded: key >> 32))
            slots[slot] = stored
        }
        self.slots = slots
        mask = capacity - 1
    }

    @inline(__always)
    private static func normalized(_ feature: UInt64) -> UInt64 { feature == 0 ? 1 : feature }

    @inline(__always)
    private static func key(of slot: SIMD16<Float>) -> UInt64 {
        UInt64(slot[14].bitPattern) | UInt64(slot[15].bitPattern) << 32
    }

    /// Adds the weights of `feature` to lanes 0…8 of `scores` (lanes 9…15 take noise); an
    /// unknown feature adds nothing.
    @inline(__always)
    func add(_ feature: UInt64, to scores: inout SIMD16<Float>) {
        let key = Self.normalized(feature)
        slots.withUnsafeBufferPointer { slots in
            var index = Int(truncatingIfNeeded: key) & mask
            while true {
                let slot = slots[index]
                let found = Self.key(of: slot)
                if found == key {
                    scores += slot
                    return
                }
                if found == 0 { return }
                index = (index + 1) & mask
            }
        }
    }

    /// The model as shipped in `Resources/ner-model.bin`.
    static func shipped() throws -> TaggerModel {
        guard let url = Bundle.module.url(forResource: "ner-model", withExtension: "bin", subdirectory: "Resources") else {
            throw RecognitionError.missingResource("ner-model.bin")
        }
        return try TaggerModel(data: try Data(contentsOf: url, options: .alwaysMapped))
    }

    init(data: Data) throws {
        let header = 4 + 4 + 4 + 4
        guard data.count >= header, Array(data.prefix(4)) == Self.magic else { throw RecognitionError.badModel("not a Dossier tagger model") }
        let (version, count, scale): (UInt32, Int, Float) = data.withUnsafeBytes { raw in
            (UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4, as: UInt32.self)),
             Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt32.self))),
             Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 12, as: UInt32.self))))
        }
        guard version == Self.version else { throw RecognitionError.badModel("version \(version), expected \(Self.version)") }
        guard data.count == header + count * (8 + EntityTag.count * 2) else { throw RecognitionError.badModel("truncated") }
        var features = [UInt64](repeating: 0, count: count)
        var weights = [SIMD16<Float>](repeating: .zero, count: count)
        data.withUnsafeBytes { raw in
            for row in 0..<count {
                features[row] = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: header + row * 8, as: UInt64.self))
            }
            let base = header + count * 8
            for row in 0..<count {
                for tag in 0..<EntityTag.count {
                    let value = Int16(littleEndian: raw.loadUnaligned(fromByteOffset: base + (row * EntityTag.count + tag) * 2, as: Int16.self))
                    weights[row][tag] = Float(value) * scale
                }
            }
        }
        self.init(features: features, weights: weights)
    }

    /// The file form of a model given as rows of weights (lanes 0…8).
    static func serialize(features: [UInt64], weights: [SIMD16<Float>]) -> Data {
        var largest: Float = 0
        for row in weights { for tag in 0..<EntityTag.count { largest = max(largest, abs(row[tag])) } }
        let scale = largest > 0 ? largest / Float(Int16.max) : 1
        var data = Data(magic)
        func append<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        append(version)
        append(UInt32(features.count))
        append(scale.bitPattern)
        for feature in features { append(feature) }
        for row in weights {
            for tag in 0..<EntityTag.count { append(Int16((row[tag] / scale).rounded())) }
        }
        return data
    }
}

import Foundation

/// The tagger's weights: for each feature hash kept after training, one weight per tag.
///
/// The shipped file holds the feature hashes and the weights quantized to 16 bits, nothing
/// else: no word of the training text can be read back from it.
///
/// File layout (little-endian): "DNER", version (UInt32), feature count n (UInt32), scale
/// (Float32), n feature hashes (UInt64), n × 9 weights (Int16, weight = value × scale).
struct TaggerModel: Sendable {
    /// An open-addressing table of 32-byte slots, two to a cache line: a feature's weights
    /// in lanes 0…8 (as stored, 16 bits) and its hash's bits in lanes 12…15, so that a lookup
    /// reads one line. An all-zero key marks an empty slot.
    private let slots: [SIMD16<Int16>]
    private let mask: Int
    /// A weight is its stored value times `scale`.
    let scale: Float

    static let magic = Array("DNER".utf8)
    static let version: UInt32 = 1

    /// A model of weights given as floats (lanes 0…8), quantized as the file stores them.
    init(features: [UInt64], weights: [SIMD16<Float>]) {
        let (rows, scale) = Self.quantized(weights)
        self.init(features: features, quantized: rows, scale: scale)
    }

    private init(features: [UInt64], quantized rows: [SIMD16<Int16>], scale: Float) {
        var capacity = 16
        while capacity < features.count * 2 { capacity <<= 1 }
        var slots = [SIMD16<Int16>](repeating: .zero, count: capacity)
        for (feature, row) in zip(features, rows) {
            let key = Self.normalized(feature)
            var slot = Int(truncatingIfNeeded: key) & (capacity - 1)
            while Self.key(of: slots[slot]) != 0 { slot = (slot + 1) & (capacity - 1) }
            var stored = row
            for lane in EntityTag.count..<12 { stored[lane] = 0 }
            for part in 0..<4 { stored[12 + part] = Int16(bitPattern: UInt16(truncatingIfNeeded: key >> (16 * part))) }
            slots[slot] = stored
        }
        self.slots = slots
        self.scale = scale
        mask = capacity - 1
    }

    /// 16-bit weights and the scale that maps them back: the largest weight becomes ±32767.
    private static func quantized(_ weights: [SIMD16<Float>]) -> (rows: [SIMD16<Int16>], scale: Float) {
        var largest: Float = 0
        for row in weights { for tag in 0..<EntityTag.count { largest = max(largest, abs(row[tag])) } }
        let scale = largest > 0 ? largest / Float(Int16.max) : 1
        let rows = weights.map { row in
            var quantized = SIMD16<Int16>.zero
            for tag in 0..<EntityTag.count { quantized[tag] = Int16((row[tag] / scale).rounded()) }
            return quantized
        }
        return (rows, scale)
    }

    @inline(__always)
    private static func normalized(_ feature: UInt64) -> UInt64 { feature == 0 ? 1 : feature }

    @inline(__always)
    private static func key(of slot: SIMD16<Int16>) -> UInt64 {
        UInt64(UInt16(bitPattern: slot[12])) | UInt64(UInt16(bitPattern: slot[13])) << 16
            | UInt64(UInt16(bitPattern: slot[14])) << 32 | UInt64(UInt16(bitPattern: slot[15])) << 48
    }

    /// Adds the stored weights of `feature` to lanes 0…8 of `scores` (lanes 9…15 take noise;
    /// times `scale` they are the weights); an unknown feature adds nothing.
    @inline(__always)
    func add(_ feature: UInt64, to scores: inout SIMD16<Int32>) {
        let key = Self.normalized(feature)
        slots.withUnsafeBufferPointer { slots in
            var index = Int(truncatingIfNeeded: key) & mask
            while true {
                let slot = slots[index]
                let found = Self.key(of: slot)
                if found == key {
                    scores &+= SIMD16<Int32>(truncatingIfNeeded: slot)
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
        var rows = [SIMD16<Int16>](repeating: .zero, count: count)
        data.withUnsafeBytes { raw in
            for row in 0..<count {
                features[row] = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: header + row * 8, as: UInt64.self))
            }
            let base = header + count * 8
            for row in 0..<count {
                for tag in 0..<EntityTag.count {
                    rows[row][tag] = Int16(littleEndian: raw.loadUnaligned(fromByteOffset: base + (row * EntityTag.count + tag) * 2, as: Int16.self))
                }
            }
        }
        guard scale.isFinite, scale > 0 else { throw RecognitionError.badModel("scale \(scale)") }
        self.init(features: features, quantized: rows, scale: scale)
    }

    /// The file form of a model given as rows of weights (lanes 0…8).
    static func serialize(features: [UInt64], weights: [SIMD16<Float>]) -> Data {
        let (rows, scale) = quantized(weights)
        var data = Data(magic)
        func append<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        append(version)
        append(UInt32(features.count))
        append(scale.bitPattern)
        for feature in features { append(feature) }
        for row in rows {
            for tag in 0..<EntityTag.count { append(row[tag]) }
        }
        return data
    }
}

import DossierKit
import Foundation

/// A linking of a corpus (`CorpusIndex`) as one blob, so that opening an unchanged corpus
/// reads it back instead of linking again: the entities, then the index's integer arrays as
/// they lie in memory.
enum IndexCodec {
    static func encode(_ index: CorpusIndex) -> [UInt8] {
        var writer = PackedWriter(capacity: index.entities.count * 32 + index.mentionCount * 8 + 64)
        writer.write(UInt64(index.entities.count))
        for entity in index.entities {
            writer.write(entity.key.rawValue)
            writer.write(raw: UInt8(EntityKind.allCases.firstIndex(of: entity.kind)!))
            writer.write(entity.name)
            writer.write(raw: entity.code == nil ? 0 : 1)
            writer.write(entity.code ?? "")
            writer.write(UInt64(entity.aliases.count))
            for alias in entity.aliases { writer.write(alias) }
        }
        var bytes = writer.bytes
        for array in [index.articleStarts, index.mentionStarts, index.mentionEntities, index.entityOrder, index.mentionParagraphs] {
            var count = UInt64(array.count).littleEndian
            withUnsafeBytes(of: &count) { bytes.append(contentsOf: $0) }
            array.withUnsafeBytes { bytes.append(contentsOf: $0) }
        }
        return bytes
    }

    /// - Throws: `PackedReader.Damaged` when the blob does not hold an index.
    static func decode(_ blob: [UInt8]) throws -> CorpusIndex {
        try blob.withUnsafeBytes { raw in
            var reader = PackedReader(raw)
            let count = try reader.count(atMost: raw.count)
            var entities: [Entity] = []
            entities.reserveCapacity(count)
            for id in 0..<count {
                let key = try reader.string()
                let kind = Int(try reader.raw())
                guard kind < EntityKind.allCases.count else { throw PackedReader.Damaged() }
                let name = try reader.string()
                let hasCode = try reader.raw() != 0
                let code = try reader.string()
                let aliasCount = try reader.count(atMost: raw.count)
                var aliases: [String] = []
                aliases.reserveCapacity(aliasCount)
                for _ in 0..<aliasCount { aliases.append(try reader.string()) }
                entities.append(Entity(id: id, kind: EntityKind.allCases[kind], name: name, aliases: aliases,
                                       code: hasCode ? code : nil, key: EntityKey(key)))
            }
            var offset = reader.offset
            func array() throws -> [Int32] {
                guard offset + 8 <= raw.count else { throw PackedReader.Damaged() }
                var count: UInt64 = 0
                withUnsafeMutableBytes(of: &count) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + 8)])) }
                count = UInt64(littleEndian: count)
                offset += 8
                guard count <= UInt64((raw.count - offset) / 4) else { throw PackedReader.Damaged() }
                let values = [Int32](unsafeUninitializedCapacity: Int(count)) { buffer, initialized in
                    UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + Int(count) * 4)]))
                    initialized = Int(count)
                }
                offset += Int(count) * 4
                return values
            }
            let articleStarts = try array(), mentionStarts = try array(), mentionEntities = try array(), order = try array()
            // Paragraphs came later: a blob without them gives an index without them.
            let paragraphs = offset < raw.count ? try array() : []
            // What the index's initializer takes on trust is checked here: a damaged blob throws.
            guard let last = articleStarts.last, articleStarts.first == 0, Int(last) == mentionStarts.count,
                  mentionEntities.count == mentionStarts.count,
                  zip(articleStarts, articleStarts.dropFirst()).allSatisfy({ $0 <= $1 }),
                  mentionEntities.allSatisfy({ $0 >= 0 && Int($0) < entities.count }),
                  order.count == entities.count, order.allSatisfy({ $0 >= 0 && Int($0) < entities.count }),
                  paragraphs.isEmpty || paragraphs.count == mentionStarts.count
            else { throw PackedReader.Damaged() }
            return CorpusIndex(entities: entities, articleStarts: articleStarts, mentionStarts: mentionStarts,
                               mentionEntities: mentionEntities, mentionParagraphs: paragraphs, entityOrder: order)
        }
    }
}

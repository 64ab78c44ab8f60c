import Foundation

/// The words the shipped dictionary list writes in lower case, as hashes of the folded word,
/// for telling a nickname or epithet before a surname ("Comrade Lukashenko") from a given name
/// the name lists lack ("Dawit Bekele"). Loaded when first asked.
enum OrdinaryWords {
    static func contains(_ folded: String) -> Bool {
        hashes.contains(FeatureHash.of(folded))
    }

    private static let hashes: Set<UInt64> = {
        guard let url = Bundle.module.url(forResource: "common-words", withExtension: "txt", subdirectory: "Resources/Gazetteers"),
              let data = try? Data(contentsOf: url) else { return [] }
        var hashes = Set<UInt64>(minimumCapacity: 1 << 18)
        // Read from the buffer: iterating `Data` costs a call per byte.
        data.withUnsafeBytes { raw in
            for line in raw.bindMemory(to: UInt8.self).split(separator: UInt8(ascii: "\n")) {
                hashes.insert(line.reduce(FeatureHash.seed, FeatureHash.add))
            }
        }
        return hashes
    }()
}

import Foundation

/// The first names the gazetteers ship (common and rarer), folded, for telling "Alexander
/// Lukashenko" (a full name) from "Comrade Lukashenko" (an epithet and a surname); see
/// `PersonLinking`. Kept as hashes of the folded names, as `OrdinaryWords` keeps its words:
/// the list is loaded on the first question, often by a single page's byline.
struct FirstNames: Sendable {
    static let shared = FirstNames()

    private let hashes: Set<UInt64>

    func contains(_ folded: String) -> Bool {
        hashes.contains(FeatureHash.of(folded))
    }

    private init() {
        var hashes = Set<UInt64>(minimumCapacity: 1 << 16)
        for file in ["first-names", "given-names"] {
            guard let url = Bundle.module.url(forResource: file, withExtension: "txt", subdirectory: "Resources/Gazetteers"),
                  let data = try? Data(contentsOf: url) else { continue }
            // Read from the buffer: iterating `Data` costs a call per byte.
            data.withUnsafeBytes { raw in
                for line in raw.bindMemory(to: UInt8.self).split(separator: UInt8(ascii: "\n")) {
                    // An ASCII name folds by lowering its letters; Foundation's folding is for the rest.
                    if line.allSatisfy({ $0 < 0x80 }) {
                        hashes.insert(line.reduce(FeatureHash.seed) { FeatureHash.add($0, $1 >= 0x41 && $1 <= 0x5A ? $1 | 0x20 : $1) })
                    } else {
                        hashes.insert(FeatureHash.of(PersonName.fold(String(decoding: line, as: UTF8.self))))
                    }
                }
            }
        }
        self.hashes = hashes
    }
}

import Foundation

/// The first names the gazetteers ship (common and rarer), folded, for telling "Alexander
/// Lukashenko" (a full name) from "Comrade Lukashenko" (an epithet and a surname); see
/// `PersonLinking`.
enum FirstNames {
    static let shared: Set<String> = {
        var names = Set<String>()
        for file in ["first-names", "given-names"] {
            guard let url = Bundle.module.url(forResource: file, withExtension: "txt", subdirectory: "Resources/Gazetteers"),
                  let data = try? Data(contentsOf: url) else { continue }
            for line in data.split(separator: UInt8(ascii: "\n")) {
                // An ASCII name folds by lowering its letters; Foundation's folding is for the rest.
                if line.allSatisfy({ $0 < 0x80 }) {
                    names.insert(String(decoding: line.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self))
                } else {
                    names.insert(PersonName.fold(String(decoding: line, as: UTF8.self)))
                }
            }
        }
        return names
    }()
}

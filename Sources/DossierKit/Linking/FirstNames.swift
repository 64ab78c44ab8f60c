import Foundation

/// The first names the gazetteers ship (common and rarer), folded, for telling "Alexander
/// Lukashenko" (a full name) from "Comrade Lukashenko" (an epithet and a surname); see
/// `PersonLinking`.
enum FirstNames {
    static let shared: Set<String> = {
        var names = Set<String>()
        for file in ["first-names", "given-names"] {
            guard let url = Bundle.module.url(forResource: file, withExtension: "txt", subdirectory: "Resources/Gazetteers"),
                  let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            names.formUnion(text.split(separator: "\n").map { PersonName.fold($0) })
        }
        return names
    }()
}

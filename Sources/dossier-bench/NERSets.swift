import ArgumentParser
import DossierKit
import Foundation

/// The NER development sets a benchmark reads: the training recipe's, under the data folder,
/// or one file given by path.
enum NERSets {
    struct Set {
        let name: String
        let path: String
        let development: TrainingRecipe.DevelopmentSet?

        var hasHalves: Bool { development != nil }

        func role(_ half: DataHalf?) -> String { development?.role(of: half) ?? "—" }
    }

    static func sets(at data: String) throws -> [Set] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: data, isDirectory: &isFolder) else { throw ValidationError("no file or folder \(data)") }
        guard isFolder.boolValue else { return [Set(name: URL(fileURLWithPath: data).lastPathComponent, path: data, development: nil)] }
        return TrainingRecipe.shipped.development.map { set in
            Set(name: set.name, path: URL(fileURLWithPath: data).appendingPathComponent(set.path).path, development: set)
        }
    }

    static func read(_ path: String) throws -> String {
        guard let bytes = FileManager.default.contents(atPath: path) else { throw ValidationError("cannot read \(path)") }
        return TextDecoding.decode([UInt8](bytes))
    }

    /// The type labels a CoNLL file's gold tags use ("PER", "LOC", …).
    static func labels(in conll: String) -> Swift.Set<String> {
        var labels = Swift.Set<String>()
        for line in conll.split(separator: "\n") {
            guard let tag = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).last, tag.count > 2,
                  tag.hasPrefix("B-") || tag.hasPrefix("I-") else { continue }
            labels.insert(String(tag.dropFirst(2)))
        }
        return labels
    }
}

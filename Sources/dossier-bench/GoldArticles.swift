import ArgumentParser
import DossierKit
import Foundation

/// The gold article texts of the extraction data sets, as articles to run recognition over:
/// a JSON file mapping ids to records (ScrapingHub's `ground-truth.json`), or a folder of JSON
/// files, one record each, named by id (WCXB's `ground-truth/`). A record's body is its
/// `articleBody`, `main_content` or `body`, one paragraph a line; its `title`, when it has one,
/// is the article's title.
struct GoldArticles {
    struct Text {
        let id: String
        let article: Article
    }

    private(set) var texts: [Text] = []

    init(paths: [String]) throws {
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw ValidationError("no file or folder at \(path)")
            }
            if isFolder.boolValue {
                let names = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".json") }.sorted()
                for name in names {
                    let record = try Self.object(at: (path as NSString).appendingPathComponent(name))
                    append(id: String(name.dropLast(".json".count)), record)
                }
            } else {
                for (id, value) in try Self.object(at: path).sorted(by: { $0.key < $1.key }) {
                    guard let record = value as? [String: Any] else { throw ValidationError("\(path): \(id) is not a record") }
                    append(id: id, record)
                }
            }
        }
    }

    private mutating func append(id: String, _ record: [String: Any]) {
        guard let body = ["articleBody", "main_content", "body"].lazy.compactMap({ record[$0] as? String }).first else { return }
        let paragraphs = body.split(whereSeparator: \.isNewline).map { ArticleDraft.Piece(.paragraph, String($0)) }
        let draft = ArticleDraft(source: id, title: record["title"] as? String, body: paragraphs)
        texts.append(Text(id: id, article: Article(draft: draft)))
    }

    private static func object(at path: String) throws -> [String: Any] {
        guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("cannot read \(path)") }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw ValidationError("\(path) is not a JSON object")
        }
        return object
    }
}

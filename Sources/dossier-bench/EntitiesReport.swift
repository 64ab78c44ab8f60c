import ArgumentParser
import DossierKit
import Foundation

/// `dossier-bench entities-report GOLD…`: runs the recognizer over the gold article texts of
/// the extraction data sets and prints, for each kind, the names it found with their counts
/// and a few contexts each, for finding systematic errors by eye.
///
///     swift run -c release dossier-bench entities-report ../shared/data/extraction/scrapinghub/ground-truth.json \
///         ../shared/data/extraction/wcxb-dev-articles/ground-truth --kind person --top 100
struct EntitiesReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities-report",
        abstract: "List the people, countries, organizations and places found in gold article texts, with contexts.")

    @Argument(help: "ScrapingHub's ground-truth.json or WCXB's ground-truth folder (or both).")
    var paths: [String]

    @Option(help: "Only this kind: person, country, organization or place.")
    var kind: EntityKind?

    @Option(help: "Names listed per kind, most frequent first.")
    var top = 60

    @Option(help: "Contexts printed per name.")
    var contexts = 2

    @Option(help: "Only names whose text contains this (case-sensitive).")
    var containing: String?

    func run() throws {
        let texts = try GoldArticles(paths: paths).texts
        let recognizer = try EntityRecognizer.shipped()
        var found: [EntityKind: [String: Found]] = [:]
        for text in texts {
            let article = text.article
            for mention in recognizer.recognize(article) where kind == nil || mention.kind == kind {
                let surface = String(article[mention.range])
                guard containing.map(surface.contains) ?? true else { continue }
                let key = mention.kind == .country ? "\(mention.code ?? "?") \(surface)" : surface
                found[mention.kind, default: [:]][key, default: Found()].add(text.id, Self.context(of: mention.range, in: article))
            }
        }
        print("\(texts.count) texts")
        for kind in EntityKind.allCases {
            guard let names = found[kind] else { continue }
            let mentions = names.values.reduce(0) { $0 + $1.count }
            print("\n== \(kind.rawValue): \(mentions) mentions, \(names.count) distinct names")
            let ranked = names.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }
            for (name, entry) in ranked.prefix(top) {
                print("\(entry.count)\t\(entry.texts.count)\t\(name)")
                for context in entry.contexts.prefix(contexts) { print("\t\t… \(context) …") }
            }
        }
    }

    /// How often one name was found, in which texts, with the first contexts.
    struct Found {
        var count = 0
        var texts: Set<String> = []
        var contexts: [String] = []

        mutating func add(_ text: String, _ context: String) {
            count += 1
            // One context a text, so that one page's repeats do not fill the sample.
            if texts.insert(text).inserted, contexts.count < 10 { contexts.append(context) }
        }
    }

    /// The mention in brackets with up to 40 characters each side, on one line.
    static func context(of range: UTF8Range, in article: Article) -> String {
        let utf8 = Array(article.text.utf8)
        func text(_ from: Int, _ to: Int) -> String {
            String(decoding: utf8[from..<to], as: UTF8.self).replacingOccurrences(of: "\n", with: " ¶ ")
        }
        var start = max(0, range.start - 40), end = min(utf8.count, range.end + 40)
        while start > 0, utf8[start] & 0xC0 == 0x80 { start -= 1 }
        while end < utf8.count, utf8[end] & 0xC0 == 0x80 { end += 1 }
        return text(start, range.start) + "[" + text(range.start, range.end) + "]" + text(range.end, end)
    }
}

extension EntityKind: ExpressibleByArgument {}

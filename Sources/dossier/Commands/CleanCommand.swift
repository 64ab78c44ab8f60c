import ArgumentParser
import DossierKit
import Foundation

/// `dossier clean`: the cleaned article of each file, as reading text or JSON Lines.
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Print the cleaned article(s): title, subtitle, byline, date, section and body.",
        discussion: "With --format json, one object a line: {source, title, subtitle, byline, date, section, text, blocks}."
    )

    @Option(name: .shortAndLong, help: "Output format: text or json.")
    var format: CleanFormat = .text

    @OptionGroup var cache: CacheOptions

    @Argument(help: "Files or folders to clean; - reads standard input.")
    var paths: [String]

    func run() throws {
        let (articles, problems): ([Article], [DossierError])
        if cache.noCache {
            let reading = try CorpusBuilder.read(paths)
            (articles, problems) = (reading.articles, reading.problems)
        } else {
            let (corpus, found) = try CachedCorpus.corpus(of: paths, options: cache)
            (articles, problems) = (corpus.articles, found)
        }
        defer { Diagnostics.report(problems) }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for article in articles {
                Output.write(String(decoding: try encoder.encode(ArticleJSON(article)), as: UTF8.self) + "\n")
            }
        case .text:
            for (index, article) in articles.enumerated() {
                if articles.count > 1 {
                    Output.write((index > 0 ? "\n" : "") + "==> \(article.source) <==\n")
                }
                Output.write(ArticleText.render(article))
            }
        }
    }
}

/// The plain-text form of an article: the reading text, with byline, date and section on a
/// line under the title block.
enum ArticleText {
    static func render(_ article: Article) -> String {
        var head = article.title
        if let subtitle = article.subtitle { head += "\n\n" + subtitle }
        let meta = [article.byline, article.date, article.section].compactMap { $0 }
        if !meta.isEmpty { head += "\n\n" + meta.joined(separator: " · ") }
        let body = article.bodyText
        return head + (body.isEmpty ? "" : "\n\n" + body) + "\n"
    }
}

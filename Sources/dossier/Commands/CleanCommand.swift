import ArgumentParser
import DossierKit
import Foundation

/// `dossier clean`: the cleaned article of each file, as reading text or JSON Lines.
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Print the cleaned article(s): title, subtitle, byline, date, section and body.",
        discussion: "With --format json, one object a line: {source, title, subtitle, byline, date, section, url, text, blocks}."
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
            for article in articles {
                Output.write(try JSONOutput.line(of: ArticleJSON(article)) + "\n")
            }
        case .text:
            for (index, article) in articles.enumerated() {
                if articles.count > 1 {
                    Output.write((index > 0 ? "\n" : "") + "==> \(TerminalSanitizer.sanitize(article.source)) <==\n")
                }
                Output.write(ArticleText.render(article))
            }
        }
    }
}

/// The plain-text form of an article: the reading text, with byline, date and section on a
/// line under the title block. Each field is one line: a line break or control character in
/// a field (a record's date, say) is shown as a symbol, so it cannot fake another line.
enum ArticleText {
    static func render(_ article: Article) -> String {
        func line(_ field: String) -> String { TerminalSanitizer.sanitize(field) }
        var head = line(article.title)
        if let subtitle = article.subtitle { head += "\n\n" + line(subtitle) }
        let meta = [article.byline, article.date, article.section].compactMap { $0 }.map(line)
        if !meta.isEmpty { head += "\n\n" + meta.joined(separator: " · ") }
        let body = TerminalSanitizer.sanitize(article.bodyText, keepingLineFeeds: true)
        return head + (body.isEmpty ? "" : "\n\n" + body) + "\n"
    }
}

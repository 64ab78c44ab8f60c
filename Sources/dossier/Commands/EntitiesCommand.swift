import ArgumentParser
import DossierKit
import Foundation

/// `dossier entities`: the people, countries, organizations and places of a corpus.
struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Print the entities of the articles under the given paths, linked across articles.",
        discussion: """
            json: {"articles": [{id, source, title}], "entities": [{id, kind, name, aliases, code, \
            mentions: [{article, start, end, text}]}]}, offsets in Unicode scalars into the text \
            'dossier clean' prints. tsv: one line an entity: id, kind, name, code, mentions, articles, aliases.
            """
    )

    @Option(name: .shortAndLong, help: "Output format: json or tsv.")
    var format: EntitiesFormat = .json

    @OptionGroup var cache: CacheOptions

    @Argument(help: "Files or folders to read; - reads standard input.")
    var paths: [String]

    func run() throws {
        let (corpus, problems) = try CachedCorpus.corpus(of: paths, options: cache)
        defer { Diagnostics.report(problems) }
        switch format {
        case .json:
            Output.write(try JSONOutput.line(of: CorpusJSON(corpus)) + "\n")
        case .tsv:
            var lines = "id\tkind\tname\tcode\tmentions\tarticles\taliases\n"
            for entry in corpus.entityCounts() {
                let entity = corpus.entities[entry.entity]
                let fields = [String(entity.id), entity.kind.rawValue, entity.name, entity.code ?? "",
                              String(entry.count), String(corpus.articles(mentioning: entity.id).count),
                              entity.aliases.joined(separator: "; ")]
                // A tab or line feed inside a field shows as a symbol and cannot shift the columns.
                lines += fields.map { TerminalSanitizer.sanitize($0) }.joined(separator: "\t") + "\n"
            }
            Output.write(lines)
        }
    }
}

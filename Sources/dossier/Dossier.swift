import ArgumentParser

/// `dossier`: a terminal reader for news articles, and the scriptable commands beside it.
struct Dossier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Read news articles with every person, country, organization and place highlighted.",
        discussion: """
            With no command, opens the reader on the given files and folders (folders are \
            searched recursively for .html, .htm, .txt and .jsonl files, gzip-compressed or not), \
            or on the bundled sample articles when no path is given.
            """,
        subcommands: [ReadCommand.self, IndexCommand.self, CleanCommand.self, EntitiesCommand.self, TagCommand.self],
        defaultSubcommand: ReadCommand.self
    )
}

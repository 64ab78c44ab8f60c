import ArgumentParser

/// `dossier-bench extraction DATA`: runs the extractor over each data set and scores it.
struct ExtractionBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extraction", abstract: "Score and time article extraction.")

    @Argument(help: "The extraction data folder, e.g. ../shared/data/extraction.")
    var data: String

    func run() throws {
        throw ValidationError("not written yet")
    }
}

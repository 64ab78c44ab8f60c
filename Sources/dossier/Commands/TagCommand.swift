import ArgumentParser
import DossierKit
import Foundation

/// `dossier tag`: runs the tagger alone over a CoNLL file, for scoring.
struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Tag the tokens of a CoNLL file (first column) with IOB2 PER, LOC, ORG and MISC tags.",
        discussion: "Prints 'TOKEN TAG' lines, keeping blank lines and -DOCSTART- lines, for scoring against gold."
    )

    @Argument(help: "A CoNLL file: one token a line in the first column, blank lines between sentences.")
    var file: String

    @Option(help: "The types to tag, parted by commas (e.g. PER,LOC,ORG for a set that annotates no MISC); others are written O.")
    var types: String?

    func run() throws {
        let documents = try DocumentLoader.load(path: file)
        defer { Diagnostics.report(documents.problems) }
        let text = TextDecoding.decode(documents.documents.flatMap(\.bytes))
        Output.write(CoNLLTagging.tag(text, with: try EntityRecognizer.shipped(),
                                       labels: types.map { Set($0.split(separator: ",").map(String.init)) }))
    }
}

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

    func run() throws {
        let documents = try DocumentLoader.load(path: file)
        defer { Diagnostics.report(documents.problems) }
        let text = TextDecoding.decode(documents.documents.flatMap(\.bytes))
        Output.write(CoNLLTagging.tag(text, with: try EntityRecognizer.shipped()))
    }
}

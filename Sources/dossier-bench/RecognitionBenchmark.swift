import ArgumentParser

/// `dossier-bench ner CONLL`: tags a CoNLL file, scores it and measures words per second.
struct RecognitionBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ner", abstract: "Score and time entity recognition.")

    @Argument(help: "A CoNLL file with gold tags, e.g. ../shared/data/ner/conll2003/eng.testa.")
    var data: String

    func run() throws {
        throw ValidationError("not written yet")
    }
}

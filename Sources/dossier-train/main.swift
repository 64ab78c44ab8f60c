import ArgumentParser

/// `dossier-train`: trains the shipped recognition model.
struct DossierTrain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier-train",
        abstract: "Train Dossier's entity tagger (run with -c release)."
    )

    func run() throws {
        throw ValidationError("not written yet")
    }
}

DossierTrain.main()

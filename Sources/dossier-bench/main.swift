import ArgumentParser

/// `dossier-bench`: measures extraction and recognition against the shared data sets.
/// Run in a release build: `swift run -c release dossier-bench …`.
struct DossierBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier-bench",
        abstract: "Benchmarks for Dossier's extraction and recognition (run with -c release).",
        subcommands: [ExtractionBenchmark.self, RecognitionBenchmark.self, EntitiesReport.self, EntitiesSample.self]
    )
}

DossierBench.main()

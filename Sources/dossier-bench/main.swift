import ArgumentParser

/// `dossier-bench`: measures extraction, recognition and the reader.
/// Run in a release build: `swift run -c release dossier-bench …`.
struct DossierBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier-bench",
        abstract: "Benchmarks for Dossier's extraction, recognition and reader (run with -c release).",
        subcommands: [ExtractionBenchmark.self, RecognitionBenchmark.self, ReaderBenchmark.self,
                      EntitiesReport.self, EntitiesSample.self, DateCeiling.self, RepairAblation.self,
                      StoreBenchmark.self, LinkingBenchmark.self]
    )
}

DossierBench.main()

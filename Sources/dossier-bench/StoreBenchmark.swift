import ArgumentParser
import DossierKit
import DossierReader
import DossierStore
import Foundation

/// `dossier-bench store`: what the cache gives on corpora of 1,000, 10,000 and 50,000
/// unique plain-text articles made from the shared pages (`SyntheticArchive`).
///
/// For each size and run, with a new cache each run:
/// - cold open: the real `dossier` in a tmux pane, from starting it to the first screen
///   (the article list showing, processing going on);
/// - cold processing: `dossier index` on the folder, start to end (articles a second, and
///   its peak resident memory);
/// - warm open: the real `dossier` again, to the first full screen, and its peak resident
///   memory with the corpus open;
/// - in this process, on the warm cache: linking the corpus from the stored mention
///   records, keys (n and N across the corpus, the entity list's switch, a star) as reduce,
///   render and the effect written, and an FTS5 query's first 50 ranked hits;
/// - the cache's size per article.
///
///     swift run -c release dossier-bench store ../shared/data/extraction
struct StoreBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "store", abstract: "Time the cache on large corpora.")

    @Argument(help: "The shared extraction data (scrapinghub and wcxb-dev-articles).")
    var data = "../shared/data/extraction"

    @Option(parsing: .upToNextOption, help: "Corpus sizes, in articles.")
    var sizes: [Int] = [1_000, 10_000, 50_000]

    @Option(help: "Runs per size; medians are reported.")
    var runs = 3

    @Option(help: "Where the corpora and caches are made (kept between runs of the command).")
    var work = NSTemporaryDirectory() + "dossier-bench-store"

    func run() throws {
        guard let dossier = Self.dossierBinary() else {
            throw ValidationError("no 'dossier' beside this benchmark: build it first (swift build -c release)")
        }
        guard TerminalProbe.isAvailable else { throw ValidationError("needs tmux") }
        let pages = try SyntheticArchive.basePages(data: URL(fileURLWithPath: data),
                                                   dumps: URL(fileURLWithPath: work).appendingPathComponent("dumps"))
        print("base pages: \(pages.pages.count) scrapinghub text dumps, with lines of \(pages.donors.count) wcxb pages; "
              + "\(ProcessInfo.processInfo.activeProcessorCount) cores; medians of \(runs) runs")
        var table: [(size: Int, rows: [(String, String)])] = []
        for size in sizes {
            let folder = URL(fileURLWithPath: work).appendingPathComponent("corpus-\(size)")
            let (_, made) = try Measure.time { try SyntheticArchive.write(size, from: pages, into: folder) }
            print("corpus of \(size): \(folder.path) (\(String(format: "%.1f", made)) s to write)")
            var samples = Samples()
            for run in 1...runs {
                let home = URL(fileURLWithPath: work).appendingPathComponent("home-\(size)-\(run)")
                try? FileManager.default.removeItem(at: home)
                try measure(folder: folder, home: home, dossier: dossier, into: &samples)
                try? FileManager.default.removeItem(at: home)
                print("  run \(run): " + samples.last)
            }
            table.append((size, samples.rows(size: size)))
        }
        print("")
        print("| measure | " + table.map { Measure.grouped(Double($0.size)) }.joined(separator: " | ") + " |")
        print("|---|" + table.map { _ in "---|" }.joined())
        for (row, (name, _)) in (table.first?.rows ?? []).enumerated() {
            print("| \(name) | " + table.map { $0.rows[row].1 }.joined(separator: " | ") + " |")
        }
    }

    private func measure(folder: URL, home: URL, dossier: String, into samples: inout Samples) throws {
        let environment = [
            "XDG_CACHE_HOME": home.appendingPathComponent("cache").path,
            "XDG_DATA_HOME": home.appendingPathComponent("data").path,
            "LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin",
        ]
        // Cold open: the list shows while processing goes on; quit at once.
        let cold = try TerminalProbe.firstScreen(dossier, [folder.path], environment: environment) { screen in
            screen.last?.contains("processing") == true
        }
        samples.coldOpen.append(cold.seconds)
        try? FileManager.default.removeItem(at: home)

        // Cold processing, by the real command.
        let index = try TerminalProbe.run(dossier, ["index", folder.path], environment: environment)
        guard index.status == 0 else { throw ValidationError("dossier index failed: \(index.errors)") }
        let articles = Double(index.output.split(separator: " ").first.flatMap { Int($0) } ?? 0)
        samples.processingRate.append(articles / index.seconds)
        samples.processingMemory.append(Double(index.peakKilobytes) / 1024)

        // Warm open: the first full screen (entities listed) and the memory with the corpus open.
        let warm = try TerminalProbe.firstScreen(dossier, [folder.path], environment: environment) { screen in
            (screen.last?.contains("Article 1 of") ?? false) && screen.count > 2 && !screen[1].hasSuffix("│")
        }
        samples.warmOpen.append(warm.seconds)
        samples.openMemory.append(Double(warm.peakKilobytes) / 1024)

        let location = StoreLocation(cacheFolder: home.appendingPathComponent("cache/dossier").path,
                                     dataFolder: home.appendingPathComponent("data/dossier").path)
        let cache = try CacheDatabase(path: location.cachePath)
        samples.cacheBytesPerArticle.append(Double(cache.fileSize) / max(articles, 1))
        try measureInProcess(folder: folder, cache: cache, location: location, into: &samples)
    }

    /// Linking from stored records, keys and search, on the warm cache.
    private func measureInProcess(folder: URL, cache: CacheDatabase, location: StoreLocation,
                                  into samples: inout Samples) throws {
        // The warm open's own work, without starting a process or a terminal: scan, read the
        // cache, the first screen rendered.
        let (_, openSeconds) = try Measure.time { () -> ScreenBuffer in
            let session = ArchiveSession(paths: [folder.path], cache: cache)
            let opened = try session.open()
            let reader = ReaderState(source: opened.corpus, size: Size(width: 120, height: 40))
            return ReaderView.render(ReaderState.updated(reader, source: opened.corpus, processing: nil, problems: []),
                                     theme: Theme(usesColor: true))
        }
        samples.openInProcess.append(openSeconds)
        // Twice: the first linking in a process also loads the name lists linking consults.
        var linked: ArchiveSession.Update?
        for round in 0..<2 {
            let session = ArchiveSession(paths: [folder.path], cache: cache)
            try cache.forgetLinking()
            _ = try session.open()
            session.start { _ in }
            linked = session.waitUntilFinished()
            if round == 0 { samples.firstLinking.append(session.lastLinkDuration) } else { samples.linking.append(session.lastLinkDuration) }
        }
        guard let linked else { return }

        let state = try StateDatabase(path: location.statePath)
        let theme = Theme(usesColor: true)
        var reader = ReaderState(source: linked.corpus, size: Size(width: 120, height: 40))
        _ = ReaderView.render(reader, theme: theme)
        func press(_ actions: [Action], repeats: Int = 1) throws -> Double {
            let (_, seconds) = try Measure.time {
                for _ in 0..<repeats {
                    for action in actions { reader = ReaderState.reduce(reader, action) }
                    for effect in reader.takeEffects() {
                        switch effect {
                        case .setRead(let read, let key): try state.setRead(read, key: key)
                        case .setStarred(let starred, let key): try state.setStarred(starred, key: key)
                        case .savePaneWidths, .rescan, .redraw: break
                        case .rememberSearch(let pattern): try state.addSearch(pattern)
                        }
                    }
                    _ = ReaderView.render(reader, theme: theme)
                }
            }
            return seconds / Double(repeats)
        }
        samples.entitySwitch.append(try press([.toggleEntityScope]))
        // The most mentioned person of the corpus: the first row of the corpus-wide list.
        _ = try press([.focusPrevious, .activate])
        samples.nextMention.append(try press([.nextMention], repeats: 200))
        samples.previousMention.append(try press([.previousMention], repeats: 200))
        // The person's mentions view (its rows made, the first screen's contexts read), and back.
        samples.mentionsView.append(try press([.showMentions]))
        _ = try press([.dismiss])
        samples.entityFilter.append(try press([.filterByEntity]))
        _ = try press([.filterByEntity])
        _ = try press([.focusNext])
        samples.star.append(try press([.toggleStar], repeats: 20))
        // A search from the prompt: the full-text index, each found article looked through.
        for (word, list) in [("government", \Samples.readerCommonSearch), ("lithium", \Samples.readerRareSearch)] {
            let typing: [Action] = [.dismiss, .startSearch] + word.map { .edit(.character($0)) }
            _ = try press(typing)
            samples[keyPath: list].append(try press([.edit(.enter)]))
            _ = try press([.dismiss, .dismiss])
        }

        for word in ["government", "lithium"] {
            let (hits, seconds) = try Measure.time { try cache.search(word, limit: 50) }
            if word == "government" { samples.commonSearch.append(seconds) } else { samples.rareSearch.append(seconds) }
            _ = hits
        }
    }

    static func dossierBinary() -> String? {
        let folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let path = folder.appendingPathComponent("dossier").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    /// The figures of every run of one size.
    struct Samples {
        var coldOpen: [Double] = [], processingRate: [Double] = [], processingMemory: [Double] = []
        var warmOpen: [Double] = [], openInProcess: [Double] = [], openMemory: [Double] = [], cacheBytesPerArticle: [Double] = []
        var linking: [Double] = [], firstLinking: [Double] = [], entitySwitch: [Double] = [], nextMention: [Double] = []
        var previousMention: [Double] = [], star: [Double] = [], commonSearch: [Double] = [], rareSearch: [Double] = []
        var mentionsView: [Double] = [], entityFilter: [Double] = [], readerCommonSearch: [Double] = []
        var readerRareSearch: [Double] = []

        var last: String {
            String(format: "cold open %.0f ms, %.0f articles/s (%.0f MB), warm open %.0f ms (%.0f MB), link %.0f ms, "
                   + "n %.2f ms, a %.2f ms, s %.2f ms, search %.1f / %.1f ms",
                   (coldOpen.last ?? 0) * 1000, processingRate.last ?? 0, processingMemory.last ?? 0,
                   (warmOpen.last ?? 0) * 1000, openMemory.last ?? 0, (linking.last ?? 0) * 1000,
                   (nextMention.last ?? 0) * 1000, (entitySwitch.last ?? 0) * 1000, (star.last ?? 0) * 1000,
                   (commonSearch.last ?? 0) * 1000, (rareSearch.last ?? 0) * 1000)
        }

        func rows(size: Int) -> [(String, String)] {
            func ms(_ values: [Double]) -> String { String(format: "%.0f ms", Measure.median(values) * 1000) }
            func fine(_ values: [Double]) -> String { String(format: "%.2f ms", Measure.median(values) * 1000) }
            return [
                ("cold open: start to first screen (dossier in tmux)", ms(coldOpen)),
                ("cold processing, articles a second (dossier index)", Measure.grouped(Measure.median(processingRate))),
                ("peak resident memory of dossier index", String(format: "%.0f MB", Measure.median(processingMemory))),
                ("warm open: start to first full screen (dossier in tmux)", ms(warmOpen)),
                ("warm open in this process: scan, cache read, first screen rendered", ms(openInProcess)),
                ("peak resident memory with the corpus open", String(format: "%.0f MB", Measure.median(openMemory))),
                ("linking from stored mention records", ms(linking)),
                ("the same, first in a process (name lists loaded)", ms(firstLinking)),
                ("n across the corpus (reduce, render)", fine(nextMention)),
                ("N across the corpus", fine(previousMention)),
                ("a: entity list switch", fine(entitySwitch)),
                ("s: star (with its write)", fine(star)),
                ("m: mentions view of the most mentioned person (reduce, render)", fine(mentionsView)),
                ("f: articles mentioning that person (reduce, render)", fine(entityFilter)),
                ("/government⏎: search, every found article looked through, results shown", fine(readerCommonSearch)),
                ("/lithium⏎", fine(readerRareSearch)),
                ("FTS5, 50 ranked hits of \"government\"", fine(commonSearch)),
                ("FTS5, 50 ranked hits of \"lithium\"", fine(rareSearch)),
                ("cache bytes per article", Measure.grouped(Measure.median(cacheBytesPerArticle))),
            ]
        }
    }
}

import ArgumentParser
import DossierKit
import DossierReader
import Foundation

/// `dossier-bench reader`: how the reader holds up on a large corpus. The pages under the
/// given paths are cleaned once, then repeated until the corpus holds `--articles` articles;
/// recognition and linking run over all of them on every core (what start-up costs), and
/// the reader's keys are timed as reduce plus render of a full 120x40 screen.
///
///     swift run -c release dossier-bench reader ../shared/data/extraction/scrapinghub/html --articles 20000
struct ReaderBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reader", abstract: "Time start-up and keys on a large corpus.")

    @Argument(help: "Files or folders of pages to repeat into a large corpus.")
    var paths: [String] = ["../shared/data/extraction/scrapinghub/html"]

    @Option(help: "How many articles the corpus holds.")
    var articles = 20_000

    @Option(help: "Timed runs; the median is reported.")
    var runs = 5

    func run() throws {
        let (pages, extractSeconds) = try Measure.time { try CorpusBuilder.read(paths).articles }
        guard !pages.isEmpty else { throw ValidationError("no pages under \(paths.joined(separator: " "))") }
        let corpusArticles = (0..<articles).map { pages[$0 % pages.count] }
        let builder = CorpusBuilder(recognizer: try EntityRecognizer.shipped())

        var buildTimes: [Double] = [], stateTimes: [Double] = []
        var keyTimes: [String: [Double]] = [:]
        var corpus = Corpus.empty
        for _ in 0..<runs {
            let (built, buildSeconds) = Measure.time { builder.corpus(of: corpusArticles) }
            corpus = built
            buildTimes.append(buildSeconds)
            let (state, stateSeconds) = Measure.time { ReaderState(corpus: corpus, size: Size(width: 120, height: 40)) }
            stateTimes.append(stateSeconds)
            for (name, seconds) in timeKeys(from: state) { keyTimes[name, default: []].append(seconds) }
        }

        let words = corpusArticles.reduce(0) { $0 + $1.text.split(separator: " ").count }
        print("corpus: \(articles) articles (\(pages.count) pages repeated), \(Measure.grouped(Double(words))) words, "
              + "\(corpus.entities.count) entities; medians of \(runs) runs, \(ProcessInfo.processInfo.activeProcessorCount) cores")
        if let top = corpus.index.entityCounts().first {
            print("the entity selected (m, f and r act on it): \(TerminalSanitizer.sanitize(corpus.entities[top.entity].name)), "
                  + "\(Measure.grouped(Double(top.count))) mentions in \(corpus.index.articleCount(mentioning: top.entity)) articles")
        }
        print("| step | time |")
        print("|---|---|")
        print("| clean the \(pages.count) pages, all cores | \(milliseconds(extractSeconds)) |")
        print("| recognize and link \(articles) articles, all cores | \(String(format: "%.2f s", Measure.median(buildTimes))) |")
        print("| open the reader (entity lists sorted) | \(milliseconds(Measure.median(stateTimes))) |")
        for name in Self.keyOrder { print("| key: \(name) (reduce and render the screen) | \(milliseconds(Measure.median(keyTimes[name] ?? []))) |") }
        print("| peak resident memory | \(Measure.grouped(Double(peakResidentKilobytes()) / 1024)) MB |")
    }

    static let keyOrder = ["first screen at 120x40", "j in the article list", "G to the last article", "select an entity",
                           "n to its next mention", "m: its mentions view", "f: the articles mentioning it",
                           "r: people and countries beside it", "a for all entities", "/the⏎: search every article (scanned)",
                           "resize to 80x24"]

    /// Seconds per key for a sequence a reader would press, each followed by a full render.
    private func timeKeys(from start: ReaderState) -> [String: Double] {
        let theme = Theme(usesColor: true)
        var state = start
        var result: [String: Double] = [:]
        func press(_ name: String, _ actions: [Action], repeats: Int = 1) {
            let (_, seconds) = Measure.time {
                for _ in 0..<repeats {
                    for action in actions { state = ReaderState.reduce(state, action) }
                    _ = ReaderView.render(state, theme: theme)
                }
            }
            result[name] = seconds / Double(repeats)
        }
        press("first screen at 120x40", [])
        press("j in the article list", [.moveDown], repeats: 100)
        press("G to the last article", [.bottom, .activate])
        press("select an entity", [.top, .activate, .focusPrevious, .activate])
        press("n to its next mention", [.nextMention], repeats: 100)
        press("m: its mentions view", [.showMentions])
        state = ReaderState.reduce(state, .dismiss)
        press("f: the articles mentioning it", [.filterByEntity])
        state = ReaderState.reduce(state, .filterByEntity)
        press("r: people and countries beside it", [.showRelated])
        state = ReaderState.reduce(state, .dismiss)
        press("a for all entities", [.toggleEntityScope])
        state = ReaderState.reduce(ReaderState.reduce(state, .focusNext), .startSearch)
        state = ReaderState.reduce(state, .edit(.character("t")))
        state = ReaderState.reduce(ReaderState.reduce(state, .edit(.character("h"))), .edit(.character("e")))
        press("/the⏎: search every article (scanned)", [.edit(.enter)])
        state = ReaderState.reduce(state, .dismiss)
        press("resize to 80x24", [.resize(Size(width: 80, height: 24))])
        return result
    }

    private func milliseconds(_ seconds: Double) -> String {
        String(format: seconds < 0.01 ? "%.3f ms" : "%.1f ms", seconds * 1000)
    }

    private func peakResidentKilobytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss
    }
}

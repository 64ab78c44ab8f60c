import ArgumentParser
import DossierKit
import Foundation

/// `dossier-bench entities-sample GOLD… --gold MARKS`: scores people and countries on a
/// hand-checked sample of the gold article texts: the `size` texts whose ids hash lowest
/// (FNV-1a), so that the sample is fixed and chosen blind to content.
///
/// The marks are a JSON file, kept outside the project, that lists for each sampled text the
/// distinct forms that name a person and, by ISO code, those that name a country (a demonym
/// included), as written in the text:
///
///     {"0042": {"people": ["Alexander Lukashenko", "Lukashenko"], "countries": {"BY": ["Belarus", "Belarusian"]}}}
///
/// A found person is a distinct surface form of a person mention in a text; a found country,
/// a distinct (code, form) of a country mention. Precision and recall count these, summed over
/// the sample. `--show` prints the sampled texts instead, for marking.
///
///     swift run -c release dossier-bench entities-sample ../shared/data/extraction/scrapinghub/ground-truth.json \
///         ../shared/data/extraction/wcxb-dev-articles/ground-truth --gold marks.json
///
/// With `--pages FOLDER`, the sample is of web pages instead, cleaned by `ArticleExtractor` as
/// the reader shows them: the `size` pages of the folder whose ids hash lowest, leaving out the
/// texts of the gold sample above (the first `--first-size` of the gold texts given). That is
/// how the second sample, of 50 WCXB pages, is drawn (docs/recognition-sample.md):
///
///     swift run -c release dossier-bench entities-sample ../shared/data/extraction/scrapinghub/ground-truth.json \
///         ../shared/data/extraction/wcxb-dev-articles/ground-truth --pages ../shared/data/extraction/wcxb-dev-articles/html \
///         --size 50 --gold docs/recognition-sample-marks.json
///
/// `--linked` scores the kinds the entity list shows: every page of the folder linked as one
/// corpus (`--without NameKindVote` measures a linking rule).
struct EntitiesSample: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities-sample",
        abstract: "Score people and countries on a hand-marked sample of gold article texts.")

    @Argument(help: "ScrapingHub's ground-truth.json and WCXB's ground-truth folder.")
    var paths: [String]

    @Option(help: "Texts in the sample.")
    var size = 30

    @Option(help: "The hand marks (JSON).")
    var gold: String?

    @Flag(help: "Print the sampled texts for marking instead of scoring.")
    var show = false

    @Option(help: "A folder of web pages to sample instead of the gold texts (ids not in the gold sample).")
    var pages: String?

    @Option(help: "The size of the gold sample that --pages leaves out.")
    var firstSize = 30

    @Flag(help: "With --pages: link every page of the folder as one corpus and read each mention's kind off its entity.")
    var linked = false

    @Option(help: "With --linked: a linking rule to switch off (see dossier-bench linking); may be repeated.")
    var without: [String] = []

    func run() throws {
        let goldTexts = try GoldArticles(paths: paths).texts
            .map { (hash: BenchmarkHalf.idHash($0.id), text: $0) }
            .sorted { $0.hash < $1.hash }.map(\.text)
        let sample: [GoldArticles.Text]
        if let pages {
            let first = Set(goldTexts.prefix(firstSize).map(\.id))
            let extractor = ArticleExtractor()
            sample = try BenchmarkSets.files(in: URL(fileURLWithPath: pages)).filter { !first.contains($0.id) }
                .sorted { BenchmarkHalf.idHash($0.id) < BenchmarkHalf.idHash($1.id) }.prefix(size).map { page in
                    guard let raw = try DocumentLoader.load(path: page.path).documents.first else {
                        throw ValidationError("nothing readable in \(page.path)")
                    }
                    return GoldArticles.Text(id: page.id, article: extractor.extract(raw))
                }
        } else {
            sample = Array(goldTexts.prefix(size))
        }
        if show {
            let recognizer = try EntityRecognizer.shipped()
            for text in sample {
                let recognition = recognizer.recognition(of: text.article)
                let found = recognition.mentions.filter { $0.kind == .person || $0.kind == .country }
                    .map { "\($0.kind == .person ? "P" : "C:" + ($0.code ?? "?")) \(text.article[$0.range])" }
                print("=== \(text.id) (\(recognition.language.rawValue))\n\(text.article.text)\n--- found: \(Array(Set(found)).sorted().joined(separator: " | "))\n")
            }
            return
        }
        guard let gold else { throw ValidationError("give --gold MARKS, or --show to print the sample for marking") }
        let marks = try Marks.read(gold)
        let recognizer = try EntityRecognizer.shipped()
        let linkedKinds = try linked ? linkedMentionKinds(sample: sample, recognizer: recognizer) : [:]
        var people = Tally(), countries = Tally()
        for text in sample {
            guard let mark = marks[text.id] else { throw ValidationError("\(gold) has no marks for \(text.id)") }
            var mentions = recognizer.recognize(text.article)
            if let kinds = linkedKinds[text.id] {
                for index in mentions.indices { mentions[index].kind = kinds[index] }
            }
            let foundPeople = Set(mentions.filter { $0.kind == .person }.map { String(text.article[$0.range]) })
            let foundCountries = Set(mentions.filter { $0.kind == .country }.map { "\($0.code ?? "?") \(text.article[$0.range])" })
            let markedCountries = Set(mark.countries.flatMap { code, forms in forms.map { "\(code) \($0)" } })
            print("=== \(text.id)")
            people.add(found: foundPeople, marked: Set(mark.people), label: "person")
            countries.add(found: foundCountries, marked: markedCountries, label: "country")
        }
        print("\n\(sample.count) texts")
        print("people     \(people)")
        print("countries  \(countries)")
    }

    /// The kind linking gives each mention of the sampled pages, linked with every page of
    /// the `--pages` folder as one corpus, by page id.
    private func linkedMentionKinds(sample: [GoldArticles.Text], recognizer: EntityRecognizer) throws -> [String: [EntityKind]] {
        guard let pages else { throw ValidationError("--linked needs --pages") }
        let rules = Set(EntityLinker.Rule.allCases.filter { !without.contains($0.rawValue) })
        let extractor = ArticleExtractor()
        var ids: [String] = [], articles: [Article] = [], recognized: [[RecognizedMention]] = []
        for page in try BenchmarkSets.files(in: URL(fileURLWithPath: pages)) {
            guard let raw = try DocumentLoader.load(path: page.path).documents.first else { continue }
            let article = extractor.extract(raw)
            ids.append(page.id)
            articles.append(article)
            recognized.append(recognizer.recognize(article))
        }
        let corpus = EntityLinker(rules: rules).link(articles: articles, recognized: recognized)
        let wanted = Set(sample.map(\.id))
        var kinds: [String: [EntityKind]] = [:]
        for (number, id) in ids.enumerated() where wanted.contains(id) {
            kinds[id] = corpus.mentions[number].map { corpus.entities[$0.entity].kind }
        }
        return kinds
    }

    /// The hand marks of one text.
    struct Marks: Decodable {
        var people: [String]
        var countries: [String: [String]]

        static func read(_ path: String) throws -> [String: Marks] {
            guard let data = FileManager.default.contents(atPath: path) else { throw ValidationError("cannot read \(path)") }
            do {
                return try JSONDecoder().decode([String: Marks].self, from: data)
            } catch {
                throw ValidationError("\(path): \(error)")
            }
        }
    }

    /// Found and marked forms summed over texts, printing each text's misses and extras.
    struct Tally: CustomStringConvertible {
        var found = 0, marked = 0, correct = 0

        mutating func add(found: Set<String>, marked: Set<String>, label: String) {
            self.found += found.count
            self.marked += marked.count
            correct += found.intersection(marked).count
            for form in found.subtracting(marked).sorted() { print("  extra \(label): \(form)") }
            for form in marked.subtracting(found).sorted() { print("  missed \(label): \(form)") }
        }

        var description: String {
            let precision = found > 0 ? Double(correct) / Double(found) : 0
            let recall = marked > 0 ? Double(correct) / Double(marked) : 0
            return String(format: "precision %.3f (%d/%d)  recall %.3f (%d/%d)", precision, correct, found, recall, correct, marked)
        }
    }
}

import ArgumentParser
import DossierKit
import Foundation

/// `dossier-bench linking [DATA] [--pages FOLDER]…`: what the corpus-level rules of linking
/// (`EntityLinker.Rule`) are worth.
///
/// On each half of each NER development set, the documents are tagged, linked as one corpus
/// and retyped by the kinds linking gives their names (`CoNLLTagging` with a linker), and
/// scored: F1 without linking, with every rule, and what each rule is worth (F1 with every
/// rule minus F1 without that one), overall / PER.
///
/// With `--pages`, the web pages of each folder are cleaned, recognized and linked as one
/// corpus, as the reader does, with every rule and with each switched off; for each it prints
/// the most mentioned entities of each kind, the names the entity list shows under more than
/// one kind, the mentions whose kind linking changed, the acronyms joined to an expansion, and
/// the demonyms linked to countries ("English" is the language more often than the country).
///
///     swift run -c release dossier-bench linking ../shared/data/ner --pages ../shared/data/extraction/wcxb-dev-articles/html
struct LinkingBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "linking",
                                                    abstract: "What linking's corpus-level rules are worth, on NER sets and on web pages.")

    @Argument(help: "The NER data folder (../shared/data/ner); \"-\" skips the NER sets.")
    var data = "../shared/data/ner"

    @Option(help: "The entity scorer.")
    var scorer = "../shared/tools/score_ner.py"

    @Option(help: "A folder of web pages to link as one corpus; may be repeated.")
    var pages: [String] = []

    @Option(help: "Entities listed per kind.")
    var top = 15

    func run() throws {
        let recognizer = try EntityRecognizer.shipped()
        let variants: [(name: String, linker: EntityLinker?)] = [("without linking", nil), ("every rule", EntityLinker())]
            + EntityLinker.Rule.allCases.map { rule in ("without \(rule.rawValue)", EntityLinker(rules: Set(EntityLinker.Rule.allCases).subtracting([rule]))) }
        if data != "-" { try scoreSets(recognizer, variants) }
        for folder in pages { try report(folder, recognizer) }
    }

    private func scoreSets(_ recognizer: EntityRecognizer, _ variants: [(name: String, linker: EntityLinker?)]) throws {
        var parts: [(name: String, text: String, labels: Set<String>)] = []
        for set in try NERSets.sets(at: data) {
            let input = try NERSets.read(set.path)
            for half in DataHalf.allCases {
                parts.append(("\(set.name) \(half.rawValue) (\(set.role(half)))", half.select(fromCoNLL: input), NERSets.labels(in: input)))
            }
        }
        var scores: [[(overall: Double, person: Double)]] = []
        for variant in variants {
            scores.append(try parts.map { part in
                let tagged = CoNLLTagging.tag(part.text, with: recognizer, labels: part.labels, linker: variant.linker)
                let result = try NERScore.score(tagged, gold: part.text, scorer: scorer)
                return (Double(result["overall"] ?? "") ?? 0, Double(result["PER"] ?? "") ?? 0)
            })
        }
        func cell(_ score: (overall: Double, person: Double)) -> String { String(format: "%.3f / %.3f", score.overall, score.person) }
        func delta(_ a: (overall: Double, person: Double), _ b: (overall: Double, person: Double)) -> String {
            String(format: "%+.3f / %+.3f", a.overall - b.overall, a.person - b.person)
        }
        print("F1 overall / PER, each half's documents linked as one corpus:\n")
        print("| | " + parts.map(\.name).joined(separator: " | ") + " |")
        print("|---|" + String(repeating: "---:|", count: parts.count))
        print("| without linking | " + scores[0].map(cell).joined(separator: " | ") + " |")
        print("| every rule | " + scores[1].map(cell).joined(separator: " | ") + " |")
        print("| linking's worth | " + zip(scores[1], scores[0]).map(delta).joined(separator: " | ") + " |")
        for (variant, without) in zip(variants.dropFirst(2), scores.dropFirst(2)) {
            let rule = variant.name.replacingOccurrences(of: "without ", with: "")
            print("| \(rule)'s worth | " + zip(scores[1], without).map(delta).joined(separator: " | ") + " |")
        }
        print("")
    }

    private func report(_ folder: String, _ recognizer: EntityRecognizer) throws {
        let extractor = ArticleExtractor()
        var articles: [Article] = []
        var recognized: [[RecognizedMention]] = []
        for page in try BenchmarkSets.files(in: URL(fileURLWithPath: folder)) {
            for raw in try DocumentLoader.load(path: page.path).documents {
                let article = extractor.extract(raw)
                articles.append(article)
                recognized.append(recognizer.recognize(article))
            }
        }
        show("== \(folder): \(articles.count) articles, \(recognized.reduce(0) { $0 + $1.count }) mentions\n")
        let variants: [(String, EntityLinker)] = [("every rule", EntityLinker())]
            + EntityLinker.Rule.allCases.map { rule in ("without \(rule.rawValue)", EntityLinker(rules: Set(EntityLinker.Rule.allCases).subtracting([rule]))) }
            + [("without any rule", EntityLinker(rules: []))]
        for (name, linker) in variants {
            _ = linker.link(articles: articles, recognized: recognized)
            let (corpus, seconds) = Measure.time { linker.link(articles: articles, recognized: recognized) }
            show("-- \(name) (linked in \(String(format: "%.3f", seconds)) s, the second time)")
            summarize(corpus, recognized: recognized)
        }
    }

    /// Prints a line of the report: entity names come from pages, so through the sanitizer.
    private func show(_ line: String) {
        print(TerminalSanitizer.sanitize(line, keepingLineFeeds: true))
    }

    private func summarize(_ corpus: Corpus, recognized: [[RecognizedMention]]) {
        let counts = corpus.entityCounts()
        for kind in EntityKind.allCases {
            let entities = counts.filter { corpus.entities[$0.entity].kind == kind }
            let listed = entities.prefix(top).map { "\(corpus.entities[$0.entity].name) \($0.count)/\(corpus.articles(mentioning: $0.entity).count)" }
            show("\(kind.rawValue): \(entities.count) entities; most mentioned (mentions/articles): \(listed.joined(separator: ", "))")
        }
        // Names shown under more than one kind.
        var kindsOfName: [String: Set<EntityKind>] = [:]
        for entity in corpus.entities where entity.kind != .country && corpus.mentionCount(of: entity.id) > 0 {
            kindsOfName[NameFolding.fold(entity.name), default: []].insert(entity.kind)
        }
        let split = kindsOfName.filter { $0.value.count > 1 }.keys.sorted()
        show("names under more than one kind: \(split.count)\(split.isEmpty ? "" : " (" + split.prefix(20).joined(separator: ", ") + (split.count > 20 ? ", …" : "") + ")")")
        // Mentions whose kind linking changed, and entities joining mentions recognized under different kinds.
        var changed = 0, mixedEntities = Set<Int>()
        var changes: [String: Int] = [:]
        var demonyms: [String: Int] = [:]
        var acronymForms: [Int: Set<String>] = [:]
        for (article, list) in recognized.enumerated() {
            for (index, record) in list.enumerated() {
                let surface = String(corpus.articles[article][record.range])
                let entity = corpus.entities[corpus.mentions[article][index].entity]
                if entity.kind != record.kind {
                    changed += 1
                    mixedEntities.insert(entity.id)
                    changes["\(surface) \(record.kind.rawValue)→\(entity.kind.rawValue)", default: 0] += 1
                }
                if entity.kind == .country, record.form == .demonym { demonyms["\(surface) → \(entity.name)", default: 0] += 1 }
                if entity.kind == .organization || entity.kind == .place { acronymForms[entity.id, default: []].insert(NameFolding.fold(surface)) }
            }
        }
        let topChanges = changes.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(20).map { "\($0.key) \($0.value)" }
        show("mentions whose kind linking changed: \(changed), in \(mixedEntities.count) entities (\(topChanges.joined(separator: ", ")))")
        let joined = acronymForms.filter { $0.value.count > 1 }.map { entity, forms in
            "\(corpus.entities[entity].name) [\(forms.sorted().joined(separator: " | "))]"
        }.sorted()
        show("organizations and places joining names that fold apart (acronyms): \(joined.count)\(joined.isEmpty ? "" : ": " + joined.joined(separator: "; "))")
        let topDemonyms = demonyms.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(12).map { "\($0.key) \($0.value)" }
        show("demonyms linked to countries, most frequent: \(topDemonyms.joined(separator: ", "))\n")
    }
}

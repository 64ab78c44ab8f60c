import ArgumentParser
import DossierKit
import Foundation

/// `dossier-bench dates WCXB`: how far a date rule can go on the wcxb gold. For every page with
/// a gold date it counts pages whose gold day is written nowhere in the page, and the two
/// groups where the page gives two candidate dates and nothing in it says which one the gold
/// takes: it shows only an "Updated" date and declares another publication; or it shows,
/// unlabelled, the date it declares as its revision and declares another publication.
///
///     swift run -c release dossier-bench dates ../shared/data/extraction/wcxb-dev-articles
struct DateCeiling: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dates",
        abstract: "Count the wcxb pages no date rule can get right, and the best score any rule reaches.")

    @Argument(help: "The wcxb-dev-articles folder (html/ and ground-truth/).")
    var data: String

    func run() throws {
        let folder = URL(fileURLWithPath: data)
        let goldFolder = folder.appendingPathComponent("ground-truth")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: goldFolder.path) else {
            throw ValidationError("no ground-truth folder in \(data) (the shared data sets are missing; nothing to measure)")
        }
        let extractor = ArticleExtractor()
        var dated = 0, unwritten = 0
        var onlyUpdate = (update: 0, published: 0, other: 0)
        var shownRevision = (shown: 0, published: 0, other: 0)
        for name in names.sorted() where name.hasSuffix(".json") {
            let id = String(name.dropLast(5))
            let goldData = try Data(contentsOf: goldFolder.appendingPathComponent(name))
            guard let gold = try JSONSerialization.jsonObject(with: goldData) as? [String: Any],
                  let goldDate = gold["publish_date"] as? String, !goldDate.isEmpty else { continue }
            let page = folder.appendingPathComponent("html/\(id).html.gz").path
            guard let raw = try DocumentLoader.load(path: page).documents.first else { throw ValidationError("nothing readable in \(page)") }
            dated += 1
            let day = String(goldDate.prefix(10))
            if !Self.isWritten(day, in: String(decoding: raw.bytes, as: UTF8.self).lowercased()) { unwritten += 1 }
            guard let dates = extractor.dateEvidence(raw), let published = dates.published.map({ String($0.prefix(10)) }) else { continue }
            if dates.shown == nil, let update = dates.shownUpdate.map({ String($0.prefix(10)) }), update != published {
                if day == update { onlyUpdate.update += 1 } else if day == published { onlyUpdate.published += 1 } else { onlyUpdate.other += 1 }
            }
            if let shown = dates.shown.map({ String($0.prefix(10)) }), shown == dates.modified.map({ String($0.prefix(10)) }), shown != published {
                if day == shown { shownRevision.shown += 1 } else if day == published { shownRevision.published += 1 } else { shownRevision.other += 1 }
            }
        }
        let wrongAtLeast = unwritten + min(onlyUpdate.update, onlyUpdate.published) + min(shownRevision.shown, shownRevision.published)
        print("pages with a gold date: \(dated)")
        print("gold day written nowhere in the page: \(unwritten)")
        print("shows only an update, declares another publication: gold takes the update on \(onlyUpdate.update), the publication on \(onlyUpdate.published), neither on \(onlyUpdate.other)")
        print("shows the declared revision unlabelled, declares another publication: gold takes the shown date on \(shownRevision.shown), the publication on \(shownRevision.published), neither on \(shownRevision.other)")
        if dated > 0 {
            print("wrong under any rule, at least: \(wrongAtLeast); best date score: \(String(format: "%.3f", Double(dated - wrongAtLeast) / Double(dated)))")
        }
    }

    /// Whether the page's text (lowercased) writes the day `YYYY-MM-DD` in any of the usual
    /// forms: ISO, numeric year, month or day first, or with the month's name or its
    /// abbreviation. A gold date that is not a day ("2003-11") is written nowhere.
    static func isWritten(_ day: String, in page: String) -> Bool {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return false }
        let (y, m, d) = (parts[0], parts[1], parts[2])
        let month = months[m - 1], short = String(months[m - 1].prefix(3))
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let forms = [day, "\(y)/\(two(m))/\(two(d))", "\(y).\(two(m)).\(two(d))", "\(y)/\(m)/\(d)", "\(m)/\(d)/\(y)", "\(two(m))/\(two(d))/\(y)", "\(d)/\(m)/\(y)",
                     "\(two(d))/\(two(m))/\(y)", "\(d).\(m).\(y)", "\(two(d)).\(two(m)).\(y)", "\(two(d))-\(two(m))-\(y)",
                     "\(m)/\(d)/\(two(y % 100))", "\(y)\(two(m))\(two(d))", "\(d)-\(short)-\(y)"]
            + [month, short, short + "."].flatMap { name in
                ["\(name) \(d), \(y)", "\(name) \(d) \(y)", "\(d) \(name) \(y)", "\(name) \(two(d)), \(y)"]
                    + ["st", "nd", "rd", "th"].flatMap { ["\(name) \(d)\($0), \(y)", "\(d)\($0) \(name) \(y)"] }
            }
        return forms.contains { page.contains($0) }
    }

    static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december"]
}

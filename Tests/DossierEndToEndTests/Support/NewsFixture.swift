import Foundation

/// Two small news pages the tests write into a temporary folder: a person and a country
/// recur across both, the person twice in the first and once in the second.
enum NewsFixture {
    static let person = "Alexander Lukashenko"
    static let firstTitle = "Talks in Minsk end without a deal"
    static let secondTitle = "Border trade grows again this spring"

    static let pages: [(name: String, html: String)] = [
        ("01-talks.html", page(title: firstTitle, paragraphs: [
            "Alexander Lukashenko met the visiting delegation in the capital of Belarus on Monday, officials said.",
            "The meeting lasted three hours and touched on trade, energy and the long border, according to a statement.",
        ] + (1...8).map { "Observers noted item \($0) of the agenda, which covered roads, grain and the price of fuel for farms." } + [
            "Critics of Alexander Lukashenko said the talks changed little for ordinary people in Belarus or beyond.",
        ])),
        ("02-trade.html", page(title: secondTitle, paragraphs: [
            "Exports from Belarus to its neighbours rose again this spring, the customs office reported on Friday.",
            "In a speech on Saturday, Alexander Lukashenko praised the figures and promised more roads to the crossings.",
        ])),
    ]

    static func page(title: String, paragraphs: [String]) -> String {
        """
        <!doctype html>
        <html><head><meta charset="utf-8"><title>\(title)</title></head>
        <body><article><h1>\(title)</h1>
        \(paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))
        </article></body></html>
        """
    }

    /// Writes the pages into `folder/articles` and returns that folder.
    static func write(into folder: URL) throws -> URL {
        let articles = folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        for page in pages {
            try Data(page.html.utf8).write(to: articles.appendingPathComponent(page.name))
        }
        return articles
    }
}

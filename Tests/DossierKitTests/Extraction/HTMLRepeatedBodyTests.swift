import Testing
@testable import DossierKit

@Suite struct HTMLRepeatedBodyTests {
    typealias F = ExtractionFixtures

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test func aStoryPrintedTwiceIsKeptOnce() {
        let copy = "<h2>What happens next</h2>\(F.articleHTML("budget", paragraphs: 4))"
        let html = "<article><h1>Council budget</h1><div class=\"wide\">\(copy)</div><div class=\"narrow\">\(copy)</div></article>"
        let body = F.extractHTML(F.page(body: html)).bodyText
        #expect(Self.count("part 1,", in: body) == 1)
        #expect(Self.count("part 4,", in: body) == 1)
        #expect(Self.count("What happens next", in: body) == 1)
    }

    @Test func aLineRecurringBetweenOtherTextStays() {
        let step = "Warm up for ten minutes of easy jogging, then stretch the legs before the main session begins."
        let weeks = (1...4).map { "<h3>Week \($0)</h3><p>\(step)</p><p>\(F.paragraph("training", $0))</p>" }.joined()
        let body = F.extractHTML(F.page(body: "<article><h1>Training plan</h1>\(weeks)</article>")).bodyText
        #expect(Self.count("Warm up for ten minutes", in: body) == 4)
    }
}

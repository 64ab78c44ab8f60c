import Testing
@testable import DossierKit

@Suite struct HTMLProseSectionTests {
    typealias F = ExtractionFixtures

    @Test func sectionsMarkedAsSkipTargetsStayInTheStory() {
        let sections = (1...3).map { number in
            "<div id=\"topic\(number)\" class=\"skip-item\"><h2>Section \(number)</h2><p>\(F.paragraph("budget", number))</p>"
                + "<p>\(F.paragraph("roads", number))</p></div>"
        }.joined()
        let html = "\(F.menu)<div class=\"post\"><h1>Council budget</h1>\(sections)</div>"
        let body = F.extractHTML(F.page(body: html)).bodyText
        #expect(body.contains("The budget report, part 2,"))
        #expect(body.contains("The roads report, part 3,"))
        #expect(!body.contains("Business"))
    }
}

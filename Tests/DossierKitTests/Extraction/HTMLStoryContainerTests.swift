import Testing
@testable import DossierKit

@Suite struct HTMLStoryContainerTests {
    typealias F = ExtractionFixtures

    @Test func aLongCommentThreadInsideTheStoryContainerKeepsTheWholeStory() {
        let comments = (1...20).map { number in
            "<li><p>Reader \(number) wrote at length that the council should have looked at the libraries first, "
                + "then the roads, and that the evening's debate left too many questions about the parks open.</p></li>"
        }.joined()
        let story = (1...6).map { "<p>\(F.paragraph("budget", $0))</p>" }.joined()
        let html = "<div><h1>Council budget</h1>\(story)<div class=\"comments\"><ol>\(comments)</ol></div></div>"
        let body = F.extractHTML(F.page(body: html)).bodyText
        for part in 1...6 { #expect(body.contains("part \(part),")) }
        #expect(!body.contains("Reader 1 wrote"))
    }
}

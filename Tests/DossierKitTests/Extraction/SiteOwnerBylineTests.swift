import Testing
@testable import DossierKit

/// Personal sites that sign no story: the owner is the writer.
@Suite struct SiteOwnerBylineTests {
    typealias F = ExtractionFixtures

    static let story = "<article><h1>Self-hosting a database</h1>\(F.articleHTML("database", paragraphs: 9))</article>"

    static func byline(title: String, header: String = "", footer: String = "") -> String? {
        F.extractHTML(F.page(head: "<title>\(title)</title>", body: "\(header)\(story)\(footer)")).byline
    }

    @Test func theNameBesideTheHeadlineInTheTitleThatTheHeaderShows() {
        let header = "<header><a href=\"/\">Jane Doe</a></header>"
        #expect(Self.byline(title: "Self-hosting a database | Jane Doe", header: header) == "Jane Doe")
    }

    @Test func aTitlePartThePageDoesNotShowAloneIsNotTheOwner() {
        #expect(Self.byline(title: "Self-hosting a database - Personally Tested") == nil)
    }

    @Test func aBrandShapedLikeANameIsNotTheOwner() {
        let header = "<header><a href=\"/\">Klatch Coffee</a></header>"
        #expect(Self.byline(title: "Self-hosting a database | Klatch Coffee", header: header) == nil)
        let footer = "<footer>© 2025 Klatch Coffee. All rights reserved.</footer>"
        #expect(Self.byline(title: "Self-hosting a database", footer: footer) == nil)
    }

    @Test func theHolderOfTheCopyrightNotice() {
        let footer = "<footer>© 2025 Jane Doe. All rights reserved.</footer>"
        #expect(Self.byline(title: "Self-hosting a database", footer: footer) == "Jane Doe")
    }

    @Test(arguments: [("© 2025 Jane Doe. All rights reserved.", "Jane Doe"), ("Copyright (c) 2019-2025 Acme Media | Privacy", "Acme Media"),
                      ("Copyright © 2024, John Roe", "John Roe")])
    func copyrightHolders(_ line: String, _ holder: String) {
        #expect(MetadataLines.copyrightHolder(line) == holder)
    }

    @Test func aLineThatIsNoNoticeHasNoHolder() {
        #expect(MetadataLines.copyrightHolder("Jane Doe writes about databases.") == nil)
    }
}

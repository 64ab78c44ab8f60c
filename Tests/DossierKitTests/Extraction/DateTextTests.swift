import Testing
@testable import DossierKit

@Suite struct DateTextTests {
    @Test(arguments: [
        ("2019-11-19T13:03:00.000Z", "2019-11-19T13:03:00Z"),
        ("2019-11-19T22:31:00-06:00", "2019-11-19T22:31:00-06:00"),
        ("2019-11-19", "2019-11-19"),
        ("20191119", "2019-11-19"),
        ("Nov. 19, 2019 8:03 am ET", "2019-11-19"),
        ("November 19th, 2019", "2019-11-19"),
        ("Tuesday, 19 November 2019", "2019-11-19"),
        ("Updated on Sept 3, 2021", "2021-09-03"),
        ("2019/11/19", "2019-11-19"),
        ("11/19/2019", "2019-11-19"),
        ("19.11.2019", "2019-11-19"),
        ("Jane Doe•Oct 20, 2025", "2025-10-20"),
        ("5 min read · Dec 30, 2013", "2013-12-30"),
    ])
    func writtenAndMachineDatesBecomeISO(_ text: String, _ expected: String) {
        #expect(DateText.iso(text) == expected)
    }

    @Test(arguments: ["", "yesterday", "Room 101", "2019-13-45", "March madness"])
    func textWithoutADateGivesNil(_ text: String) {
        #expect(DateText.iso(text) == nil)
    }

    @Test func instantsOrderDatesAcrossZones() {
        #expect(DateText.instant("1970-01-02") == 86_400)
        #expect(DateText.instant("2024-03-01T00:00:00Z") == 1_709_251_200)
        #expect(DateText.instant("2025-07-04T20:04:00-04:00") == DateText.instant("2025-07-05T00:04:00+00:00"))
        #expect(DateText.instant("not a date") == nil)
    }

    @Test(arguments: [("03-09-2026", true), ("3/9/2026", true), ("13/09/2026", false), ("2026-03-09", false), ("09.09.2026", false)])
    func numericDatesWhereEitherNumberCouldBeTheMonthAreAmbiguous(_ text: String, _ ambiguous: Bool) {
        #expect(DateText.isAmbiguousNumericDate(text) == ambiguous)
    }
}

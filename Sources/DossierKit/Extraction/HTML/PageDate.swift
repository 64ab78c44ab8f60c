/// The publication date of a page, from what it declares (JSON-LD, meta tags) and what it
/// shows near its title.
struct PageDate {
    /// The dates the page declares: published first, then modified.
    let published: String?
    let modified: String?
    /// The first date written near the title, and the first one there that says it is an update.
    let shown: String?
    let shownUpdate: String?
    /// The first `<time>` or date-marked element outside comment and related-stories zones.
    let marked: String?
    let created: String?
    /// A date written at the story's end, where some pages print the post's date
    /// ("Posted on 15/12/2025 at 19:00 by …").
    let closing: String?
    /// Every date the page declares, under any of the keys read, for confirming a shown date.
    let declared: [String]
    /// The declared publication was written in a form that could be read day first or month
    /// first ("03-09-2026"), so a date shown in words settles which.
    let publishedIsAmbiguous: Bool

    init(linkedData: JSONLDArticle?, meta: MetaTags, tree: HTMLTree, blocks: PageBlocks, hints: [ElementHints],
         title: Int?, firstBody: Int, lastBody: Int?) {
        // Each declared date is read once: the first of each kind counts, and all of them
        // confirm a shown date.
        let declaredPublished = [linkedData?.datePublished, meta.first(Self.publishedKeys)].compactMap { text in
            text.flatMap { text in DateText.iso(text).map { (text: text, iso: $0) } }
        }
        let declaredModified = [linkedData?.dateModified, meta.first(Self.modifiedKeys)].compactMap { $0.flatMap(DateText.iso) }
        let modified = declaredModified.first ?? meta.values(whereKey: Self.namesRevision).lazy.compactMap(DateText.iso).first
        // A date under a key of the site's own naming is the publication's only if it is not
        // later than the revision (pages also stamp the time they were built).
        let publication = declaredPublished.first ?? meta.values(whereKey: Self.namesPublication).lazy
            .compactMap { text in DateText.iso(text).map { (text: text, iso: $0) } }
            .first { date in modified.map { Self.day(date.iso) <= Self.day($0) } ?? true }
        published = publication?.iso
        publishedIsAmbiguous = publication.map { DateText.isAmbiguousNumericDate($0.text) } ?? false
        self.modified = modified
        created = linkedData?.dateCreated.flatMap(DateText.iso)
        declared = declaredPublished.map(\.iso) + declaredModified

        var shown: String?
        var shownUpdate: String?
        let start = max(0, min(title ?? firstBody, firstBody) - 10)
        let end = min(blocks.blocks.count, max(title ?? firstBody, firstBody) + 6, start + 60)
        // Under the title first: a date above it is as often the day's date in the masthead.
        let split = min(max(start, title ?? start), max(start, end))
        let window = Array(blocks.blocks[split..<max(start, end)]) + Array(blocks.blocks[start..<split])
        for block in window where block.length < 200 && Self.holdsDigit(block, in: blocks) {
            let text = blocks.string(block)
            guard let match = DateText.writtenDateMatch(text) else { continue }
            // "Updated May 2, 2024" is an update's date; "May 2, 2024 - Updated June 1" is not.
            if Self.saysUpdated(text[..<match.start]) {
                shownUpdate = shownUpdate ?? match.iso
            } else {
                shown = match.iso
                break
            }
        }
        self.shown = shown
        self.shownUpdate = shownUpdate

        var marked: String?
        let outside: ElementHints = [.comment, .related, .navigation]
        for (index, node) in tree.nodes.enumerated() where node.tag == .time || (node.tag != .text && node.hints.contains(.date)) {
            guard hints[index].isDisjoint(with: outside) else { continue }
            if let value = tree.attributes(of: index)?.datetime ?? tree.attributes(of: index)?.content, let iso = DateText.iso(value) {
                marked = iso
                break
            }
            if let iso = DateText.writtenDate(tree.text(of: index)) {
                marked = iso
                break
            }
        }
        self.marked = marked

        // Read only when the page gives no other date.
        var closing: String?
        if let lastBody, [published, modified, shown, shownUpdate, marked, created].allSatisfy({ $0 == nil }) {
            let start = max(firstBody, lastBody - 2)
            let end = min(blocks.blocks.count, lastBody + 9)
            for block in blocks.blocks[max(0, start)..<max(start, end)]
            where block.length < 200 && Self.holdsDigit(block, in: blocks) {
                if let iso = DateText.writtenDate(blocks.string(block)) {
                    closing = iso
                    break
                }
            }
        }
        self.closing = closing
    }

    /// The date to show: the date the page shows near its title, when another source agrees
    /// with it (pages show the date of their last revision as often as the first, without
    /// saying which) or when the declared dates cannot be the publication's (published at or
    /// after the revision: a stamp of when the page was built); else the date it declares as
    /// published; else the date it shows (one it says is an update's only when it shows no
    /// other); else its first marked date; else the date it declares as modified; else a date
    /// written at the story's end.
    var best: String? {
        if let shown, let published, Self.day(shown) == Self.swapped(Self.day(published)) {
            // "09.10.2024" read month first is the declared 9 October read day first; a declared
            // "03-09-2026" read day first is the "March 9, 2026" shown.
            return publishedIsAmbiguous ? shown : published
        }
        if let shown, ([published, modified, marked].compactMap { $0 } + declared).contains(where: { Self.day($0) == Self.day(shown) }) {
            return shown
        }
        if let shown, let published, let modified, let start = DateText.instant(published), let revision = DateText.instant(modified),
           start >= revision {
            return shown
        }
        return published ?? shown ?? shownUpdate ?? marked ?? created ?? modified ?? closing
    }

    /// Every written date holds a digit: blocks without one are not read.
    static func holdsDigit(_ block: PageBlocks.Block, in blocks: PageBlocks) -> Bool {
        blocks.bytes(block).contains { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// The `YYYY-MM-DD` part of an ISO date.
    static func day(_ iso: String) -> Substring {
        iso.prefix(10)
    }

    /// The same date with day and month swapped, `YYYY-DD-MM`.
    static func swapped(_ day: Substring) -> Substring {
        guard day.count == 10 else { return day }
        let parts = day.split(separator: "-")
        return parts.count == 3 ? "\(parts[0])-\(parts[2])-\(parts[1])" : day
    }

    /// A meta key of a site's own naming that says it holds the publication date
    /// ("published", "page-published-date"); not the publisher's.
    static func namesPublication(_ key: String) -> Bool {
        ASCIISearch.contains(key, "publish") && !ASCIISearch.contains(key, "publisher")
    }

    /// A meta key of a site's own naming that says it holds the revision date ("modified-date").
    static func namesRevision(_ key: String) -> Bool {
        ASCIISearch.contains(key, "modified") || ASCIISearch.contains(key, "updated")
    }

    static func saysUpdated(_ text: Substring) -> Bool {
        ASCIISearch.containsIgnoringCase(text, "updat") || ASCIISearch.containsIgnoringCase(text, "modified")
            || ASCIISearch.containsIgnoringCase(text, "edited")
    }

    static let publishedKeys = ["article:published_time", "datepublished", "og:published_time", "published_time",
                                "article.published", "publishdate", "publish_date", "publish-date", "pubdate",
                                "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "dcterms.date",
                                "date", "citation_publication_date", "article:published"]
    static let modifiedKeys = ["article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified"]
}

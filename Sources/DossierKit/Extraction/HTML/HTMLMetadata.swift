/// Title, subtitle, byline, date and section of a page, from JSON-LD, meta tags and the
/// visible page, each source checked against the others.
struct HTMLMetadata {
    var title: String?
    var subtitle: String?
    var byline: String?
    var date: String?
    var section: String?
    /// The blocks that hold the title and the subtitle, left out of the body.
    var titleBlock: Int?
    var subtitleBlock: Int?

    init(page: HTMLPage, body: [Int]) {
        let tree = page.tree
        let blocks = page.blocks
        let meta = MetaTags(tree)
        let linkedData = JSONLDArticle(scripts: tree.jsonLD)
        let firstBody = body.first ?? blocks.blocks.count

        // Title: the page's first-level heading that the page's declared titles (JSON-LD,
        // og:title, <title> without the site's name) agree with; failing that, the first-level
        // heading nearest before the body; for a page without one, the declared title most
        // sources agree on.
        let declared = [linkedData?.headline, meta.first(["og:title", "twitter:title", "headline", "dc.title", "parsely-title"]),
                        tree.documentTitle]
            .compactMap { $0 }.map { TitleCleaning.withoutSiteName(Self.clean($0)) }.filter { !$0.isEmpty }
        let foldedDeclared = declared.map(TextComparison.fold)
        let headings = blocks.blocks.indices.filter { blocks.blocks[$0].kind == .heading1 && blocks.blocks[$0].length >= 4 }
        if let match = headings.first(where: { foldedDeclared.contains(TextComparison.fold(blocks.string(blocks.blocks[$0]))) }) {
            titleBlock = match
        } else {
            titleBlock = headings.last(where: { $0 < firstBody }) ?? headings.first
        }
        if let titleBlock {
            title = Self.clean(blocks.string(blocks.blocks[titleBlock]))
        } else {
            title = declared.first { candidate in foldedDeclared.filter { $0 == TextComparison.fold(candidate) }.count >= 2 } ?? declared.first
        }

        // Subtitle: a block marked as a dek just under the title, or a second-level heading
        // between the title and the body.
        if let titleBlock {
            for index in (titleBlock + 1)..<min(blocks.blocks.count, titleBlock + 5) {
                let block = blocks.blocks[index]
                let marked = block.hints.contains(.subtitle) || (block.kind == .heading2 && index < firstBody)
                if marked && block.length >= 20 && block.length <= 400 && block.linkDensity < 0.3 {
                    subtitleBlock = index
                    subtitle = Self.clean(blocks.string(block))
                    break
                }
            }
        }

        byline = Self.byline(linkedData: linkedData, meta: meta, tree: tree, blocks: blocks, around: titleBlock, firstBody: firstBody)
        date = Self.date(linkedData: linkedData, meta: meta, tree: tree, blocks: blocks, around: titleBlock, firstBody: firstBody)
        section = (meta.first(["article:section", "section", "parsely-section"]) ?? linkedData?.section).map(Self.clean)
    }

    /// Text from a meta tag or JSON-LD: references left from double escaping decoded,
    /// mojibake repaired, whitespace normalized.
    static func clean(_ text: String) -> String {
        TextNormalization.cleanLine(MojibakeRepair.repair(HTMLEntities.decode(text)))
    }

    /// The byline: a "By …" line near the title, as the page shows it (credentials included);
    /// else the people JSON-LD names as authors; else the author meta tag; else the text of the
    /// first element marked as a byline (class "byline"/"author", rel=author, itemprop=author)
    /// outside comment, related-stories and footer zones; else the organizations JSON-LD names.
    static func byline(linkedData: JSONLDArticle?, meta: MetaTags, tree: HTMLTree, blocks: PageBlocks,
                       around title: Int?, firstBody: Int) -> String? {
        // A line near the title that reads like a byline: "By Jane Doe", "Written by …", or a
        // lone "By" followed by the name.
        let start = max(0, min(title ?? firstBody, firstBody) - 3)
        for line in start..<max(start, min(blocks.blocks.count, firstBody + 3, start + 80)) {
            let text = clean(blocks.string(blocks.blocks[line]))
            guard text.count <= 150, MetadataLines.startsWithBylineLabel(text) else { continue }
            var cleaned = MetadataLines.cleanByline(text)
            if MetadataLines.isBylineLabel(cleaned), line + 1 < blocks.blocks.count {
                cleaned = MetadataLines.cleanByline(clean(blocks.string(blocks.blocks[line + 1])))
            }
            if MetadataLines.isName(cleaned) { return cleaned }
        }
        let people = (linkedData?.authors ?? []).map(clean).filter { !$0.isEmpty && !MetadataLines.isLink($0) }
        if !people.isEmpty { return MetadataLines.joinNames(people) }
        if let author = meta.first(["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"]).map(clean),
           !MetadataLines.isLink(author), !author.contains("://") {
            let cleaned = MetadataLines.cleanByline(author)
            if !cleaned.isEmpty { return cleaned }
        }
        let outside: ElementHints = [.comment, .related, .footer, .sidebar, .navigation]
        var index = 0
        while index < tree.nodes.count {
            let node = tree.nodes[index]
            guard node.tag != .text, node.hints.contains(.byline) || node.hints.contains(.authorLink) else {
                index += 1
                continue
            }
            if tree.ancestorHints(of: index).isDisjoint(with: outside) {
                let cleaned = MetadataLines.cleanByline(clean(tree.text(of: index)))
                if MetadataLines.isName(cleaned) { return cleaned }
            }
            index = Int(node.end)
        }
        let organizations = (linkedData?.organizations ?? []).map(clean).filter { !$0.isEmpty }
        return organizations.isEmpty ? nil : MetadataLines.joinNames(organizations)
    }

    /// The publication date: JSON-LD or a meta tag; else a date written near the top of the
    /// page (a line saying "Updated" only when no other is there); else the first `<time>`.
    static func date(linkedData: JSONLDArticle?, meta: MetaTags, tree: HTMLTree, blocks: PageBlocks,
                     around title: Int?, firstBody: Int) -> String? {
        let declared = [linkedData?.datePublished,
                        meta.first(["article:published_time", "datepublished", "og:published_time", "published_time",
                                    "article.published", "publishdate", "publish_date", "publish-date", "pubdate",
                                    "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "dcterms.date",
                                    "date", "citation_publication_date", "article:published"])]
        for candidate in declared.compactMap({ $0 }) {
            if let iso = DateText.iso(candidate) { return iso }
        }
        var updated: String?
        let start = max(0, (title ?? firstBody) - 10)
        let end = min(blocks.blocks.count, firstBody + 3, start + 60)
        for block in blocks.blocks[start..<max(start, end)] where block.length < 200 && blocks.bytes(block).contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
            let text = blocks.string(block)
            guard let iso = DateText.writtenDate(text) else { continue }
            let lower = text.lowercased()
            if lower.contains("updat") || lower.contains("modified") {
                updated = updated ?? iso
                continue
            }
            return iso
        }
        if let updated { return updated }
        for (index, node) in tree.nodes.enumerated() where node.tag == .time || (node.tag != .text && node.hints.contains(.date)) {
            if let value = tree.attributes(of: index)?.datetime ?? tree.attributes(of: index)?.content, let iso = DateText.iso(value) {
                return iso
            }
            if let iso = DateText.writtenDate(tree.text(of: index)) { return iso }
        }
        return linkedData?.dateCreated.flatMap(DateText.iso)
    }
}

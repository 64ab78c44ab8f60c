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

        // Title: the visible heading that matches what the page calls itself; failing that,
        // the page's declared title without the site's name.
        let declared = [linkedData?.headline, meta.first(["og:title", "twitter:title", "headline", "dc.title", "parsely-title"]),
                        TitleCleaning.withoutSiteName(TextNormalization.cleanLine(tree.documentTitle))]
            .compactMap { $0 }.filter { !$0.isEmpty }.map { MojibakeRepair.repair(TextNormalization.cleanLine($0)) }
        var headings: [Int] = []
        for (index, block) in blocks.blocks.enumerated() where block.kind == .heading1 || block.hints.contains(.title) {
            if block.hints.isDisjoint(with: [.navigation, .footer, .sidebar, .related, .comment]), block.length >= 4, block.length <= 400 {
                headings.append(index)
            }
        }
        if let match = headings.first(where: { index in
            declared.contains { TextComparison.similarity(blocks.string(blocks.blocks[index]), $0) >= 0.6 }
        }) {
            titleBlock = match
        } else if let nearest = headings.last(where: { $0 < firstBody && blocks.blocks[$0].kind == .heading1 }) {
            titleBlock = nearest
        }
        if let titleBlock {
            title = MojibakeRepair.repair(blocks.string(blocks.blocks[titleBlock]))
        } else {
            title = declared.first
        }

        // Subtitle: a block marked as a dek, or a second-level heading, between title and body.
        if let titleBlock {
            var index = titleBlock + 1
            while index < min(firstBody, titleBlock + 6) {
                let block = blocks.blocks[index]
                if (block.hints.contains(.subtitle) || block.kind == .heading2) && block.length >= 20 && block.length <= 400
                    && block.linkDensity < 0.3 {
                    subtitleBlock = index
                    subtitle = MojibakeRepair.repair(blocks.string(block))
                    break
                }
                index += 1
            }
        }

        byline = Self.byline(linkedData: linkedData, meta: meta, blocks: blocks)
        date = Self.date(linkedData: linkedData, meta: meta, tree: tree, blocks: blocks)
        section = (meta.first(["article:section", "section", "parsely-section"]) ?? linkedData?.section)
            .map { MojibakeRepair.repair(TextNormalization.cleanLine($0)) }
    }

    static func byline(linkedData: JSONLDArticle?, meta: MetaTags, blocks: PageBlocks) -> String? {
        let people = (linkedData?.authors ?? []).map(TextNormalization.cleanLine).filter { !$0.isEmpty && !MetadataLines.isLink($0) }
        if !people.isEmpty { return MojibakeRepair.repair(MetadataLines.joinNames(people)) }
        if let author = meta.first(["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"]),
           !MetadataLines.isLink(author) {
            return MojibakeRepair.repair(MetadataLines.cleanByline(author))
        }
        for block in blocks.blocks where block.hints.contains(.byline) && block.length >= 3 && block.length <= 120 {
            let cleaned = MetadataLines.cleanByline(blocks.string(block))
            if !cleaned.isEmpty { return MojibakeRepair.repair(cleaned) }
        }
        return nil
    }

    static func date(linkedData: JSONLDArticle?, meta: MetaTags, tree: HTMLTree, blocks: PageBlocks) -> String? {
        let declared = [linkedData?.datePublished,
                        meta.first(["article:published_time", "datepublished", "og:published_time", "published_time",
                                    "article.published", "publishdate", "publish_date", "publish-date", "pubdate",
                                    "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date", "dcterms.date",
                                    "date", "citation_publication_date", "article:published"]),
                        linkedData?.dateCreated]
        for candidate in declared.compactMap({ $0 }) {
            if let iso = DateText.iso(candidate) { return iso }
        }
        for (index, node) in tree.nodes.enumerated() where node.tag == .time {
            if let value = tree.attributes(of: index)?.datetime, let iso = DateText.iso(value) { return iso }
        }
        for block in blocks.blocks where block.hints.contains(.date) && block.length <= 120 {
            if let iso = DateText.iso(blocks.string(block)) { return iso }
        }
        return nil
    }
}

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

    init(page: HTMLPage, selection: ContentSelection) {
        let body = selection.body
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

        byline = PageByline(tree: tree, blocks: blocks, linkedData: linkedData, meta: meta, title: titleBlock, body: body,
                            container: selection.container, hints: selection.hints).find()
        date = PageDate(linkedData: linkedData, meta: meta, tree: tree, blocks: blocks, hints: selection.hints,
                        title: titleBlock, firstBody: firstBody).best
        section = (meta.first(["article:section", "section", "parsely-section"]) ?? linkedData?.section).map(Self.clean)
    }

    /// Text from a meta tag or JSON-LD: references left from double escaping decoded,
    /// mojibake repaired, whitespace normalized.
    static func clean(_ text: String) -> String {
        TextNormalization.cleanLine(MojibakeRepair.repair(HTMLEntities.decode(text)))
    }
}

/// Title, subtitle, byline, date, section and address of a page, from JSON-LD, meta tags and
/// the visible page, each source checked against the others.
struct HTMLMetadata {
    var title: String?
    var subtitle: String?
    var byline: String?
    var date: String?
    /// The dates the page declares and shows, from which `date` is chosen.
    var dates: PageDate
    var section: String?
    /// The page's own address: the first that `ArticleURL` accepts of its canonical link, its
    /// `og:url` and its JSON-LD article's address.
    var url: String?
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

        let declaredTitles = [linkedData?.headline, meta.first(["og:title", "twitter:title", "headline", "dc.title", "parsely-title"]),
                              tree.documentTitle].compactMap { $0 }.map(Self.clean).filter { !$0.isEmpty }
        let declaredSiteNames = Self.declaredSiteNames(meta: meta, linkedData: linkedData)
        let pageTitle = PageTitle(blocks: blocks, firstBody: firstBody, declared: declaredTitles, siteNames: declaredSiteNames)
        title = pageTitle.title
        titleBlock = pageTitle.block

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
                            container: selection.container, hints: selection.hints,
                            siteNames: declaredSiteNames + TitleCleaning.siteParts(of: TextNormalization.cleanLine(tree.documentTitle))).find()
        dates = PageDate(linkedData: linkedData, meta: meta, tree: tree, blocks: blocks, hints: selection.hints,
                         title: titleBlock, firstBody: firstBody, lastBody: body.last)
        date = dates.best
        section = (meta.first(["article:section", "section", "parsely-section"]) ?? linkedData?.section).map(Self.clean)
        // The canonical link is written as in the page, character references and all; the parser
        // decoded the meta tag's.
        let declaredURLs = tree.canonicalLinks.map(HTMLEntities.decode) + [meta.uncleaned("og:url")].compactMap { $0 }
            + (linkedData?.addresses ?? [])
        url = declaredURLs.lazy.compactMap(ArticleURL.accepted).first
    }

    /// The names a site declares for itself: its name and its publisher's.
    static func declaredSiteNames(meta: MetaTags, linkedData: JSONLDArticle?) -> [String] {
        [meta.first(["og:site_name"]), meta.first(["application-name"]), linkedData?.publisher].compactMap { $0 }.map(clean).filter { !$0.isEmpty }
    }

    /// Text from a meta tag or JSON-LD: references left from double escaping decoded,
    /// mojibake repaired, whitespace normalized.
    static func clean(_ text: String) -> String {
        TextNormalization.cleanLine(MojibakeRepair.repair(HTMLEntities.decode(text)))
    }
}

/// Extracts the article from an HTML page: the body from the page's structure
/// (`ContentSelection`), the title, byline, date, section, subtitle and address from JSON-LD,
/// meta tags, links and the visible page (`HTMLMetadata`).
enum HTMLArticleExtractor {
    static func extract(_ bytes: [UInt8], source: String) -> ArticleDraft {
        let (page, selection, metadata) = read(bytes)
        var body: [ArticleDraft.Piece] = []
        let skipped = Set([metadata.titleBlock, metadata.subtitleBlock].compactMap { $0 })
        let title = metadata.title.map(TextComparison.fold)
        let subtitle = metadata.subtitle.map(TextComparison.fold)
        for index in selection.body where !skipped.contains(index) {
            let block = page.blocks.blocks[index]
            let text = MojibakeRepair.repair(page.blocks.string(block))
            if body.isEmpty {
                let folded = TextComparison.fold(text)
                if folded == title || folded == subtitle || MetadataLines.isBylineOrDate(text) { continue }
            }
            body.append(ArticleDraft.Piece(pieceKind(block.kind), text))
        }
        AuthorBio.drop(from: &body, byline: metadata.byline)
        ReferenceSections.drop(from: &body)
        return ArticleDraft(source: source, title: metadata.title, subtitle: metadata.subtitle, byline: metadata.byline,
                            date: metadata.date, section: metadata.section, url: metadata.url, body: body)
    }

    /// The page parsed, its story chosen and its metadata read.
    static func read(_ bytes: [UInt8]) -> (HTMLPage, ContentSelection, HTMLMetadata) {
        let page = HTMLPage(bytes: bytes)
        let selection = ContentSelection(tree: page.tree, blocks: page.blocks)
        return (page, selection, HTMLMetadata(page: page, selection: selection))
    }

    static func pieceKind(_ kind: PageBlocks.Kind) -> Block.Kind {
        switch kind {
        case .heading1, .heading2, .heading3, .heading4, .heading5, .heading6: return .heading
        case .listItem: return .listItem
        case .quote: return .quote
        case .paragraph, .preformatted, .cell, .caption: return .paragraph
        }
    }
}

/// Finds the article body among a page's blocks.
///
/// Every block gets a value: positive for text that reads like prose (long, few links),
/// negative for page furniture (link lists, menus, blocks under navigation, sharing, related
/// or comment hints). The body's container is the element whose subtree has the largest sum
/// of values: the smallest element that holds the story without more furniture than story.
/// Inside it, zones of furniture are pruned and captions and link lists dropped.
struct ContentSelection {
    /// Indices into `blocks.blocks` of the body, in page order.
    let body: [Int]
    /// The container chosen, or -1.
    let container: Int
    /// Each element's hints with its ancestors' (see `effectiveHints`).
    let hints: [ElementHints]

    init(tree: HTMLTree, blocks: PageBlocks) {
        let nodes = tree.nodes
        let cards = Self.teaserCards(blocks: blocks, nodes: nodes)
        let prose = blocks.blocks.indices.map { cards.contains($0) ? -Double(blocks.blocks[$0].length) * 0.5 : Self.proseValue(blocks.blocks[$0]) }
        let proseByElement = Self.subtreeSums(prose.map { max(0, $0) }, blocks: blocks, nodes: nodes)
        let lengthByElement = Self.subtreeSums(blocks.blocks.map { Double($0.length) }, blocks: blocks, nodes: nodes)
        let hints = Self.effectiveHints(nodes: nodes, prose: proseByElement, length: lengthByElement)
        self.hints = hints
        let values = blocks.blocks.indices.map { index -> Double in
            let block = blocks.blocks[index]
            guard block.owner >= 0 else { return prose[index] }
            let blockHints = hints[Int(block.owner)]
            if !blockHints.isDisjoint(with: ElementHints.boilerplate) { return -Double(block.length) * Self.hintedWeight - 2 }
            return prose[index]
        }
        let scores = Self.subtreeSums(values, blocks: blocks, nodes: nodes)
        var best = -1
        var bestScore = 0.0
        for index in nodes.indices where nodes[index].tag != .text && scores[index] >= bestScore && scores[index] > 0 {
            best = index
            bestScore = scores[index]
        }
        if best >= 0 { best = Self.mainArticle(in: best, nodes: nodes, scores: scores) }
        if best >= 0 { best = Self.storyAround(best, nodes: nodes, blocks: blocks, values: values) }
        container = best
        guard best >= 0 else {
            body = []
            return
        }
        let end = Int(nodes[best].end)
        let containerHints = hints[best]
        var selected: [Int] = []
        var listIntroduced = false
        for (index, block) in blocks.blocks.enumerated() where block.owner >= best && block.owner < end {
            let inner = hints[Int(block.owner)].subtracting(containerHints)
            if !inner.isDisjoint(with: Self.leftOut) { continue }
            if block.kind == .caption { continue }
            let isListEntry = Self.isListEntry(block, nodes: nodes)
            if block.linkDensity > 0.5 {
                if listIntroduced && isListEntry { selected.append(index) }
                continue
            }
            let text = blocks.string(block)
            if Self.isStockLine(text) { continue }
            selected.append(index)
            if !isListEntry { listIntroduced = Self.introducesList(text) }
        }
        body = Self.withoutLeadMetadata(RepeatedRuns.drop(from: selected, blocks: blocks), blocks: blocks)
    }

    /// A container that holds several `<article>` elements (a story and the next one, a list
    /// of posts) gives way to its best-scoring article when that one carries most of the score.
    static func mainArticle(in container: Int, nodes: [HTMLTree.Node], scores: [Double]) -> Int {
        var articles: [Int] = []
        var index = container + 1
        let end = Int(nodes[container].end)
        while index < end {
            if nodes[index].tag == .article {
                articles.append(index)
                index = Int(nodes[index].end)
            } else {
                index += 1
            }
        }
        guard articles.count >= 2, let top = articles.max(by: { scores[$0] < scores[$1] }),
              scores[top] >= 0.8 * scores[container] else { return container }
        return top
    }

    /// A container of one block, where an element around it holds several times its prose
    /// outside furniture, is one paragraph of a story whose container lost to furniture inside
    /// it (a long comment thread under the story): the nearest such element is the container.
    static func storyAround(_ container: Int, nodes: [HTMLTree.Node], blocks: PageBlocks, values: [Double]) -> Int {
        let end = Int(nodes[container].end)
        guard blocks.blocks.lazy.filter({ $0.owner >= container && $0.owner < end }).count == 1 else { return container }
        let prose = subtreeSums(values.map { max(0, $0) }, blocks: blocks, nodes: nodes)
        var ancestor = Int(nodes[container].parent)
        while ancestor >= 0 {
            if prose[ancestor] >= storyAroundShare * prose[container] { return ancestor }
            ancestor = Int(nodes[ancestor].parent)
        }
        return container
    }

    static let storyAroundShare = 3.0

    /// The body without the bylines and dates printed above its first paragraph ("By Jane Doe",
    /// "Updated May 2, 2024", "Jane Doe · May 2, 2024"): metadata, not story.
    static func withoutLeadMetadata(_ body: [Int], blocks: PageBlocks) -> [Int] {
        guard let firstParagraph = body.firstIndex(where: { blocks.blocks[$0].length >= 100 }) else { return body }
        let lead = body[..<firstParagraph].filter { index in
            let text = blocks.string(blocks.blocks[index])
            return !MetadataLines.isBylineOrDate(text) && MetadataLines.nameBesideDate(text) == nil
        }
        return lead + body[firstParagraph...]
    }

    /// A line of at least three words ending in a colon ("Many patches were sent for review:")
    /// introduces the list after it, whose items are the story's, links or not; a label of a
    /// word or two ("More:", "Related tags:") heads a list of other pages.
    static func introducesList(_ text: String) -> Bool {
        text.hasSuffix(":") && text.utf8.lazy.filter { $0 == 0x20 }.count >= 2
    }

    /// An item of a list, or a heading inside one.
    static func isListEntry(_ block: PageBlocks.Block, nodes: [HTMLTree.Node]) -> Bool {
        if block.kind == .listItem { return true }
        guard block.kind.isHeading, block.owner >= 0 else { return false }
        let parent = Int(nodes[Int(block.owner)].parent)
        return parent >= 0 && nodes[parent].tag == .li
    }

    /// Blocks of teaser cards: a short summary that shares a small element with a link-heavy
    /// block before it (the teaser's linked headline), as lists of other stories are built.
    static func teaserCards(blocks: PageBlocks, nodes: [HTMLTree.Node]) -> Set<Int> {
        var blockCount = [Int32](repeating: 0, count: nodes.count)
        var firstLinkBlock = [Int32](repeating: Int32.max, count: nodes.count)
        var length = [Int32](repeating: 0, count: nodes.count)
        for (index, block) in blocks.blocks.enumerated() where block.owner >= 0 {
            let owner = Int(block.owner)
            blockCount[owner] += 1
            length[owner] += block.length
            if block.linkDensity > 0.5 && block.length >= 15 { firstLinkBlock[owner] = min(firstLinkBlock[owner], Int32(index)) }
        }
        for index in stride(from: nodes.count - 1, through: 1, by: -1) where nodes[index].parent >= 0 {
            let parent = Int(nodes[index].parent)
            blockCount[parent] += blockCount[index]
            firstLinkBlock[parent] = min(firstLinkBlock[parent], firstLinkBlock[index])
            length[parent] += length[index]
        }
        var cards: Set<Int> = []
        for (index, block) in blocks.blocks.enumerated() where block.owner >= 0 && block.linkDensity < 0.5 && block.length < 400 {
            var ancestor = Int(block.owner)
            var steps = 0
            while ancestor >= 0, blockCount[ancestor] < 2, steps < 4 {
                ancestor = Int(nodes[ancestor].parent)
                steps += 1
            }
            guard ancestor >= 0, blockCount[ancestor] >= 2, blockCount[ancestor] <= 5, length[ancestor] < 700 else { continue }
            if firstLinkBlock[ancestor] < Int32(index) { cards.insert(index) }
        }
        return cards
    }

    /// A caption or credit, a stock line of page furniture ("Share this", "Advertisement"),
    /// markup that a page printed as text, or a template's placeholder text ("Lorem ipsum …")
    /// left in a box the page never filled.
    static func isStockLine(_ text: String) -> Bool {
        if text.hasPrefix("<") && text.hasSuffix(">") { return true }
        if text.hasPrefix("Lorem ipsum") || text.hasPrefix("lorem ipsum") { return true }
        guard text.utf8.count < 400 else { return false }
        let line = LineText(text)
        return BoilerplatePhrases.kind(of: line) != nil || CaptionLines.isCaption(line)
    }

    /// For each element, the sum of its subtree's block values.
    static func subtreeSums(_ values: [Double], blocks: PageBlocks, nodes: [HTMLTree.Node]) -> [Double] {
        var sums = [Double](repeating: 0, count: nodes.count)
        for (index, block) in blocks.blocks.enumerated() where block.owner >= 0 {
            sums[Int(block.owner)] += values[index]
        }
        for index in stride(from: nodes.count - 1, through: 1, by: -1) {
            let parent = Int(nodes[index].parent)
            if parent >= 0 { sums[parent] += sums[index] }
        }
        return sums
    }

    /// Each element's hints with its ancestors', its tag's included. A furniture hint on an
    /// element that holds much of the page's prose (two fifths of it, or 1,500 characters) is
    /// ignored: that element wraps the story ("has-sidebar" layouts, page-builder widgets).
    /// Comment and footer zones are not wrappers of the story, however much text they hold,
    /// unless they hold nearly all of it.
    /// A navigation hint on an element whose text is mostly prose (a section a table of contents
    /// links to, "skip-item", "toc-section") is ignored: menus are links.
    static func effectiveHints(nodes: [HTMLTree.Node], prose: [Double], length: [Double]) -> [ElementHints] {
        let total = nodes.indices.filter { nodes[$0].parent < 0 }.reduce(0.0) { $0 + prose[$1] }
        var hints = [ElementHints](repeating: [], count: nodes.count)
        for index in nodes.indices {
            let node = nodes[index]
            var own = node.hints.union(ElementHints.of(tag: node.tag))
            // A heading is a menu's target ("toc-…" ids), never the menu: its own navigation
            // hint is dropped; one inside a menu still has the menu's.
            if node.tag.isHeading || (prose[index] >= 300 && prose[index] >= 0.7 * length[index]) { own.remove(.navigation) }
            let holdsMuchProse = prose[index] > 0.4 * total || (prose[index] >= 1500 && !own.contains(.related))
            let mayWrapStory = own.isDisjoint(with: [.comment, .footer]) || prose[index] > 0.8 * total
            if !own.isDisjoint(with: leftOut), holdsMuchProse, mayWrapStory {
                own.subtract(leftOut)
            }
            if own.contains(.content) || own.contains(.articleBody) { own.subtract([.related, .tags]) }
            hints[index] = node.parent >= 0 ? hints[Int(node.parent)].union(own) : own
        }
        return hints
    }

    /// Hints of the parts of a container left out of the body: furniture, captions and the
    /// author's box (name, role, biography).
    static let leftOut = ElementHints.boilerplate.union([.caption, .byline])

    /// Weights of the block values: furniture under a hint, and link-heavy blocks, count
    /// against a container by these shares of their length (plus a constant).
    static let hintedWeight = 0.5
    static let linkWeight = 0.25
    static let linkConstant = 3.0

    /// How much a block reads like story text (positive) or like a link list or a label (negative),
    /// from its own text alone.
    static func proseValue(_ block: PageBlocks.Block) -> Double {
        let length = Double(block.length)
        let density = block.linkDensity
        if block.kind == .caption { return 0 }
        if density > 0.5 { return -length * density * linkWeight - linkConstant }
        if length >= 100 { return length * (1 - density) }
        if length >= 40 { return length * (1 - density) * 0.5 }
        return block.tableDepth > 0 ? 0 : -5
    }
}

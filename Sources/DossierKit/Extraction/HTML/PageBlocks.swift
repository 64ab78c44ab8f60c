/// A page cut into text blocks: each run of text between block-level boundaries (a
/// paragraph, a heading, a list item, a table cell, a line ended by `<br>`), whitespace
/// collapsed, with what extraction needs to judge it.
struct PageBlocks {
    struct Block {
        /// The innermost block-level element around the text.
        var owner: Int32
        var kind: Kind
        /// The block's bytes in `text`.
        var textStart: Int32
        var textEnd: Int32
        /// Characters (Unicode scalars) of text, and how many of them are inside links.
        var length: Int32
        var linkLength: Int32
        /// The hints of every enclosing element, and of the elements' tags (nav, aside, footer…).
        var hints: ElementHints
        /// 0 outside tables; the nesting depth of tables otherwise.
        var tableDepth: Int16
        /// True when a blank line (a paragraph margin) comes before this block in the page's text.
        var startsParagraph: Bool

        var linkDensity: Double { length > 0 ? Double(linkLength) / Double(length) : 0 }
    }

    enum Kind: UInt8 {
        case paragraph, heading1, heading2, heading3, heading4, heading5, heading6
        case listItem, quote, preformatted, cell, caption

        var isHeading: Bool { self.rawValue >= Kind.heading1.rawValue && self.rawValue <= Kind.heading6.rawValue }
    }

    var blocks: [Block] = []
    /// The text of every block, back to back (UTF-8, single spaces).
    var text: [UInt8] = []

    /// The text of one block.
    func string(_ block: Block) -> String {
        String(decoding: text[Int(block.textStart)..<Int(block.textEnd)], as: UTF8.self)
    }

    /// The bytes of one block.
    func bytes(_ block: Block) -> ArraySlice<UInt8> {
        text[Int(block.textStart)..<Int(block.textEnd)]
    }

    init(_ tree: HTMLTree) {
        var segmenter = Segmenter(tree: tree)
        segmenter.run()
        blocks = segmenter.blocks
        text = segmenter.text
    }
}

/// One walk over the tree that cuts it into blocks.
private struct Segmenter {
    struct OpenElement {
        var node: Int32
        var end: Int32
        var isBlock: Bool
        var isSpaced: Bool
        /// Everything inherited from the ancestors, this element included.
        var hints: ElementHints
        var kind: PageBlocks.Kind
        var isLink: Bool
        var tableDepth: Int16
        var innermostBlock: Int32
    }

    let tree: HTMLTree
    var blocks: [PageBlocks.Block] = []
    var text: [UInt8] = []
    var open: [OpenElement] = []
    /// The block being filled.
    var start = 0
    var length = 0
    var linkLength = 0
    var pendingSpace = false
    var pendingParagraph = true

    init(tree: HTMLTree) {
        self.tree = tree
        text.reserveCapacity(tree.text.count)
    }

    mutating func run() {
        let nodes = tree.nodes
        var index = 0
        while index < nodes.count {
            while let last = open.last, last.end <= index { close() }
            let node = nodes[index]
            if node.tag == .text {
                append(textOf: node, inLink: open.last?.isLink ?? false)
                index += 1
                continue
            }
            if node.tag.isSkipped || tree.hidden[index] || node.tag == .title || Self.isFormControl(tree, index) {
                index = Int(node.end)
                continue
            }
            if node.tag == .br {
                flush()
                index = Int(node.end)
                continue
            }
            let parent = open.last
            let isBlock = node.tag.isBlock
            if isBlock {
                flush()
                if node.tag.isSpacedBlock { pendingParagraph = true }
            }
            var hints = (parent?.hints ?? []).union(node.hints).union(ElementHints.of(tag: node.tag))
            if node.tag == .a, node.hints.contains(.authorLink) { hints.insert(.byline) }
            open.append(OpenElement(
                node: Int32(index), end: node.end, isBlock: isBlock, isSpaced: node.tag.isSpacedBlock,
                hints: hints, kind: Self.kind(of: node.tag, inside: parent?.kind ?? .paragraph),
                isLink: (parent?.isLink ?? false) || node.tag == .a,
                tableDepth: (parent?.tableDepth ?? 0) + (node.tag == .table ? 1 : 0),
                innermostBlock: isBlock ? Int32(index) : (parent?.innermostBlock ?? -1)))
            index += 1
        }
        while !open.isEmpty { close() }
        flush()
    }

    /// A `<select>` that holds only its options, or a `<button>` that holds only a short label;
    /// one that libxml2 left open around the rest of the page (it does not always close them)
    /// is not skipped.
    static func isFormControl(_ tree: HTMLTree, _ index: Int) -> Bool {
        let node = tree.nodes[index]
        guard node.tag == .select || node.tag == .button else { return false }
        var cursor = index + 1
        var text = 0
        while cursor < Int(node.end) {
            let inner = tree.nodes[cursor]
            if inner.tag == .text { text += Int(inner.textEnd - inner.textStart) }
            if inner.tag.isBlock { return false }
            if node.tag == .select ? (inner.tag != .option && inner.tag != .text && inner.tag != .other) : text > 2000 {
                return false
            }
            cursor += 1
        }
        return true
    }

    /// The kind of text inside `tag`, given the kind around it: headings and captions win,
    /// then list items and quotes.
    static func kind(of tag: HTMLTag, inside outer: PageBlocks.Kind) -> PageBlocks.Kind {
        switch tag {
        case .h1: return .heading1
        case .h2: return .heading2
        case .h3: return .heading3
        case .h4: return .heading4
        case .h5: return .heading5
        case .h6: return .heading6
        case .figcaption, .caption: return .caption
        default: break
        }
        if outer.isHeading || outer == .caption { return outer }
        switch tag {
        case .li, .dd, .dt: return .listItem
        case .blockquote: return .quote
        case .pre: return .preformatted
        case .td, .th: return outer == .quote || outer == .listItem ? outer : .cell
        default: return outer
        }
    }

    /// Closes the innermost open element; its text is flushed while it is still open, so the
    /// block is owned by it.
    mutating func close() {
        let element = open[open.count - 1]
        if element.isBlock { flush() }
        open.removeLast()
        if element.isBlock && element.isSpaced { pendingParagraph = true }
    }

    /// Appends a text node's bytes with runs of ASCII whitespace collapsed to one space; the
    /// words between the runs are copied whole.
    mutating func append(textOf node: HTMLTree.Node, inLink: Bool) {
        let before = length
        tree.text.withUnsafeBufferPointer { source in
            var position = Int(node.textStart)
            let end = Int(node.textEnd)
            while position < end {
                if Self.isSpace(source[position]) {
                    pendingSpace = true
                    position += 1
                    continue
                }
                if pendingSpace {
                    if text.count > start {
                        text.append(0x20)
                        length += 1
                    }
                    pendingSpace = false
                }
                let wordStart = position
                while position < end, !Self.isSpace(source[position]) {
                    if source[position] & 0xC0 != 0x80 { length += 1 }
                    position += 1
                }
                text.append(contentsOf: UnsafeBufferPointer(rebasing: source[wordStart..<position]))
            }
        }
        if inLink { linkLength += length - before }
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    /// Ends the current block, keeping it when it has text.
    mutating func flush() {
        pendingSpace = false
        guard text.count > start else { return }
        let owner = open.last
        blocks.append(PageBlocks.Block(
            owner: owner?.innermostBlock ?? -1, kind: owner?.kind ?? .paragraph,
            textStart: Int32(start), textEnd: Int32(text.count),
            length: Int32(length), linkLength: Int32(linkLength),
            hints: owner?.hints ?? [], tableDepth: owner?.tableDepth ?? 0,
            startsParagraph: pendingParagraph || blocks.isEmpty))
        start = text.count
        length = 0
        linkLength = 0
        pendingParagraph = false
    }
}

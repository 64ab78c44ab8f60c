import CLibXML2
import Glibc

/// A parsed page as a compact array of nodes in document order (pre-order), built in one
/// pass from libxml2's SAX events: no libxml2 tree is made and nothing is fetched.
///
/// The subtree of node `i` is `i..<nodes[i].end`, so walks are loops over an array.
struct HTMLTree {
    struct Node {
        var tag: HTMLTag
        /// The element's own hints (not its ancestors').
        var hints: ElementHints
        var parent: Int32
        /// One past the last node of this node's subtree.
        var end: Int32
        /// For a text node, its bytes in `text`.
        var textStart: Int32
        var textEnd: Int32
        /// Index into `attributes`, or -1.
        var attributes: Int32
    }

    /// The attributes metadata extraction reads, kept for the few elements that carry them.
    struct Attributes {
        var name: String?
        var property: String?
        var content: String?
        var itemprop: String?
        var datetime: String?
    }

    var nodes: [Node] = []
    /// The bytes of every text node, back to back (UTF-8).
    var text: [UInt8] = []
    var attributes: [Attributes] = []
    /// For each node, true when it is hidden and its subtree is left out.
    var hidden: [Bool] = []
    /// The text of the document's `<title>`.
    var documentTitle = ""
    /// The content of the page's JSON-LD scripts.
    var jsonLD: [String] = []
    /// The `href` of the page's `<link rel="canonical">` elements, as written.
    var canonicalLinks: [String] = []

    /// Parses UTF-8 HTML. Never fails: whatever libxml2 recovers is the tree.
    init(utf8 page: UnsafeBufferPointer<UInt8>) {
        let filtered = HTMLPrefilter(page)
        let bytes = filtered.segmentMoves.isEmpty ? filtered.bytes : StreamedSegments.assemble(filtered.bytes, moves: filtered.segmentMoves)
        let builder = TreeBuilder()
        builder.tree.nodes.reserveCapacity(bytes.count / 40)
        builder.tree.text.reserveCapacity(bytes.count / 4)
        var handler = htmlSAXHandler()
        handler.startElement = { context, name, attributes in
            guard let context, let name else { return }
            Unmanaged<TreeBuilder>.fromOpaque(context).takeUnretainedValue().start(name, attributes)
        }
        handler.endElement = { context, _ in
            guard let context else { return }
            Unmanaged<TreeBuilder>.fromOpaque(context).takeUnretainedValue().end()
        }
        handler.characters = { context, characters, length in
            guard let context, let characters else { return }
            Unmanaged<TreeBuilder>.fromOpaque(context).takeUnretainedValue().characters(characters, Int(length))
        }
        handler.ignorableWhitespace = handler.characters
        let context = Unmanaged.passUnretained(builder).toOpaque()
        Self.libxml2Initialized()
        bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                // libxml2 takes an int size; Ingest's cap keeps pages far below it.
                _ = dossier_html_sax_parse(chars.baseAddress, Int32(clamping: chars.count), &handler, context)
            }
        }
        builder.finish()
        self = builder.tree
        self.jsonLD = filtered.jsonLD
        self.canonicalLinks = filtered.canonicalLinks
        hidden = Self.hiddenElements(nodes)
        // An element read as shown is not page furniture for being hidden.
        for index in nodes.indices where !hidden[index] && nodes[index].hints.contains(.hidden) { nodes[index].hints.remove(.hidden) }
    }

    /// Elements whose subtree is left out as hidden. A page that hides most of its text until
    /// a script runs (`<body style="display:none">`) is read as if shown, and so is hidden prose
    /// that is the story: an element holding more paragraph text than the page shows outside
    /// hidden elements and links (`<div hidden>` before hydration), or one of several collapsed
    /// panels. A single hidden notice on a page that shows its story (cookies, "republish") stays out.
    private static func hiddenElements(_ nodes: [Node]) -> [Bool] {
        // Whether each node is inside a paragraph, a link, an element marked hidden.
        var inParagraph = [Bool](repeating: false, count: nodes.count)
        var inLink = [Bool](repeating: false, count: nodes.count)
        var inHidden = [Bool](repeating: false, count: nodes.count)
        for index in nodes.indices {
            let node = nodes[index]
            let parent = Int(node.parent)
            inParagraph[index] = node.tag == .p || (parent >= 0 && inParagraph[parent])
            inLink[index] = node.tag == .a || (parent >= 0 && inLink[parent])
            inHidden[index] = node.hints.contains(.hidden) || (parent >= 0 && inHidden[parent])
        }
        var textLength = [Int](repeating: 0, count: nodes.count)
        var paragraphLength = [Int](repeating: 0, count: nodes.count)
        var shownTextLength = 0
        for index in stride(from: nodes.count - 1, through: 0, by: -1) {
            let node = nodes[index]
            if node.tag == .text {
                textLength[index] = Int(node.textEnd - node.textStart)
                if inParagraph[index] && !inLink[index] { paragraphLength[index] = textLength[index] }
                if !inHidden[index] && !inLink[index] { shownTextLength += textLength[index] }
            }
            if node.parent >= 0 {
                textLength[Int(node.parent)] += textLength[index]
                paragraphLength[Int(node.parent)] += paragraphLength[index]
            }
        }
        let total = nodes.indices.filter { nodes[$0].parent < 0 }.reduce(0) { $0 + textLength[$1] }
        // Hidden elements that hold prose rather than menus, forms or dialogs' buttons.
        let prose = nodes.indices.map { index in
            nodes[index].hints.contains(.hidden) && nodes[index].tag != .p && paragraphLength[index] >= Self.hiddenProseLength
                && paragraphLength[index] * 10 >= textLength[index] * 6
        }
        let panels = prose.filter { $0 }.count
        return nodes.indices.map { index in
            guard nodes[index].hints.contains(.hidden), textLength[index] * 2 < total else { return false }
            let holdsStory = prose[index] && (panels >= Self.collapsedPanelCount || paragraphLength[index] > shownTextLength)
            return !holdsStory
        }
    }

    /// How deep elements nest in the tree. Deeper elements are left out (their text is kept,
    /// in the deepest element kept), so that walks up to the root stay short on a page of a
    /// million nested tags. Real pages nest a few dozen deep.
    static let maximumDepth = 256

    /// The paragraph text (in bytes) from which a hidden element is read as prose.
    static let hiddenProseLength = 200
    /// From this many hidden prose elements a page is read as a set of collapsed panels (an
    /// accordion of sections, steps or questions) and they are read as shown.
    static let collapsedPanelCount = 3

    /// libxml2's global set-up is not safe to run from two threads at once, and pages are
    /// parsed on every core: two first parses at the same moment could leave a thread waiting
    /// on libxml2's lock for ever. Swift runs this initializer once, whatever the threads.
    private static let libxml2Setup: Void = xmlInitParser()

    private static func libxml2Initialized() { _ = libxml2Setup }

    fileprivate init() {}

    /// The text of an element's subtree, whitespace collapsed (hidden and skipped parts left out).
    func text(of element: Int) -> String {
        lines(of: element, limit: .max, skipping: []).joined(separator: " ")
    }

    /// The first `limit` lines of an element's subtree: its text cut where block elements and
    /// line breaks start and end, whitespace collapsed, hidden and skipped parts left out, and
    /// the elements that carry any of the `skipping` hints too.
    func lines(of element: Int, limit: Int, skipping: ElementHints) -> [String] {
        var lines: [String] = []
        var bytes: [UInt8] = []
        var index = element + 1
        let end = Int(nodes[element].end)
        var pendingSpace = false
        var open: [Int] = []
        func endLine() {
            if !bytes.isEmpty { lines.append(String(decoding: bytes, as: UTF8.self)) }
            bytes.removeAll(keepingCapacity: true)
            pendingSpace = false
        }
        while index < end && lines.count < limit {
            while let last = open.last, Int(nodes[last].end) <= index {
                open.removeLast()
                endLine()
            }
            let node = nodes[index]
            if node.tag != .text {
                if node.tag.isSkipped || hidden[index] || !node.hints.isDisjoint(with: skipping) {
                    index = Int(node.end)
                    continue
                }
                if node.tag.isBlock || node.tag == .br {
                    endLine()
                    if node.tag.isBlock { open.append(index) }
                }
                index += 1
                continue
            }
            for byte in text[Int(node.textStart)..<Int(node.textEnd)] {
                if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                    pendingSpace = true
                } else {
                    if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
                    pendingSpace = false
                    bytes.append(byte)
                }
            }
            index += 1
        }
        endLine()
        return Array(lines.prefix(limit))
    }

    /// The hints of an element's ancestors, their tags' included.
    func ancestorHints(of element: Int) -> ElementHints {
        var hints: ElementHints = []
        var current = Int(nodes[element].parent)
        while current >= 0 {
            hints.formUnion(nodes[current].hints.union(ElementHints.of(tag: nodes[current].tag)))
            current = Int(nodes[current].parent)
        }
        return hints
    }

    func attributes(of index: Int) -> Attributes? {
        let slot = nodes[index].attributes
        return slot >= 0 ? attributes[Int(slot)] : nil
    }
}

/// Receives libxml2's SAX events and appends nodes.
///
/// One builder serves one parse on one thread and its accesses never overlap, so the run-time
/// exclusivity checks of class properties (several per SAX event) are left out.
private final class TreeBuilder {
    @exclusivity(unchecked) var tree = HTMLTree()
    @exclusivity(unchecked) private var open: [Int32] = []
    /// Elements opened beyond `HTMLTree.maximumDepth` (or past the 32-bit node count) and
    /// left out, still to be closed.
    @exclusivity(unchecked) private var leftOut = 0
    /// How many open elements are skipped (their text is not kept).
    @exclusivity(unchecked) private var skippedDepth = 0
    @exclusivity(unchecked) private var inTitle = false
    @exclusivity(unchecked) private var titleBytes: [UInt8] = []

    func start(_ name: UnsafePointer<UInt8>, _ attributes: UnsafeMutablePointer<UnsafePointer<UInt8>?>?) {
        if leftOut > 0 || open.count >= HTMLTree.maximumDepth || tree.nodes.count >= Int(Int32.max) {
            leftOut += 1
            return
        }
        let tag = HTMLTag(name: name)
        var hints: ElementHints = []
        var kept: HTMLTree.Attributes?
        if let attributes {
            var index = 0
            while let attributeName = attributes[index] {
                let value = attributes[index + 1]
                index += 2
                hints.formUnion(read(attributeName, value, tag: tag, into: &kept))
            }
        }
        var slot: Int32 = -1
        if let kept {
            slot = Int32(tree.attributes.count)
            tree.attributes.append(kept)
        }
        let index = Int32(tree.nodes.count)
        tree.nodes.append(HTMLTree.Node(tag: tag, hints: hints, parent: open.last ?? -1, end: index + 1,
                                        textStart: 0, textEnd: 0, attributes: slot))
        open.append(index)
        if tag.isSkipped { skippedDepth += 1 }
        if tag == .title && tree.documentTitle.isEmpty { inTitle = true }
    }

    /// Reads one attribute: hints from class, id, role, itemprop and the hiding attributes;
    /// values metadata needs are kept in `kept`.
    private func read(_ name: UnsafePointer<UInt8>, _ value: UnsafePointer<UInt8>?, tag: HTMLTag,
                      into kept: inout HTMLTree.Attributes?) -> ElementHints {
        func keep(_ update: (inout HTMLTree.Attributes) -> Void) {
            var attributes = kept ?? HTMLTree.Attributes()
            update(&attributes)
            kept = attributes
        }
        func string() -> String? { value.map { String(cString: $0) } }
        switch AttributeName(name) {
        case .hints:
            return value.map { ElementHints(rawValue: Self.decimal($0)) } ?? []
        case .role:
            return value.map { HintReader.hints(role: $0) } ?? []
        case .itemprop:
            keep { $0.itemprop = string() }
            return value.map { HintReader.hints(itemprop: $0) } ?? []
        case .hidden:
            return .hidden
        case .ariaHidden:
            return value.map { $0[0] | 0x20 == UInt8(ascii: "t") } == true ? .hidden : []
        case .style:
            return value.map { HintReader.isHidingStyle($0) } == true ? .hidden : []
        case .rel:
            let rel = string()?.lowercased()
            return rel?.split(separator: " ").contains("author") == true ? .authorLink : []
        case .name:
            if tag == .meta { keep { $0.name = string() } }
        case .property:
            if tag == .meta { keep { $0.property = string() } }
        case .content:
            keep { $0.content = string() }
        case .datetime:
            keep { $0.datetime = string() }
        case .other:
            break
        }
        return []
    }

    /// The number a `hints` attribute holds (written by `HTMLPrefilter`); 0 for anything else.
    private static func decimal(_ value: UnsafePointer<UInt8>) -> UInt32 {
        var number: UInt32 = 0
        var index = 0
        while value[index] != 0 {
            let digit = value[index] &- 0x30
            guard digit < 10 else { return 0 }
            let (times, overflowTimes) = number.multipliedReportingOverflow(by: 10)
            let (sum, overflowSum) = times.addingReportingOverflow(UInt32(digit))
            guard !overflowTimes, !overflowSum else { return 0 }
            number = sum
            index += 1
        }
        return number
    }

    func end() {
        if leftOut > 0 {
            leftOut -= 1
            return
        }
        guard let index = open.popLast() else { return }
        let node = tree.nodes[Int(index)]
        tree.nodes[Int(index)].end = Int32(tree.nodes.count)
        if node.tag.isSkipped { skippedDepth -= 1 }
        if node.tag == .title && inTitle {
            inTitle = false
            tree.documentTitle = String(decoding: titleBytes, as: UTF8.self)
        }
    }

    func characters(_ characters: UnsafePointer<UInt8>, _ length: Int) {
        if inTitle { titleBytes.append(contentsOf: UnsafeBufferPointer(start: characters, count: length)) }
        guard skippedDepth == 0, length > 0, tree.text.count + length <= Int(Int32.max), tree.nodes.count < Int(Int32.max) else { return }
        let parent = open.last ?? -1
        tree.text.append(contentsOf: UnsafeBufferPointer(start: characters, count: length))
        let end = Int32(tree.text.count)
        if let last = tree.nodes.indices.last, tree.nodes[last].tag == .text, tree.nodes[last].parent == parent {
            tree.nodes[last].textEnd = end
            return
        }
        let index = Int32(tree.nodes.count)
        tree.nodes.append(HTMLTree.Node(tag: .text, hints: [], parent: parent, end: index + 1,
                                        textStart: end - Int32(length), textEnd: end, attributes: -1))
    }

    func finish() {
        leftOut = 0
        while !open.isEmpty { end() }
    }
}

/// The attribute names the tree builder reads.
private enum AttributeName {
    /// `hints` is the attribute `HTMLPrefilter` puts in place of class and id.
    case hints, role, itemprop, hidden, ariaHidden, style, rel, name, property, content, datetime, other

    init(_ name: UnsafePointer<UInt8>) {
        switch strlen(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self)) {
        case 1: self = name[0] == UInt8(ascii: "h") ? .hints : .other
        case 3: self = Self.equal(name, "rel") ? .rel : .other
        case 4: self = Self.equal(name, "role") ? .role : Self.equal(name, "name") ? .name : .other
        case 5: self = Self.equal(name, "style") ? .style : .other
        case 6: self = Self.equal(name, "hidden") ? .hidden : .other
        case 7: self = Self.equal(name, "content") ? .content : .other
        case 8:
            self = Self.equal(name, "itemprop") ? .itemprop : Self.equal(name, "property") ? .property
                : Self.equal(name, "datetime") ? .datetime : .other
        case 11: self = Self.equal(name, "aria-hidden") ? .ariaHidden : .other
        default: self = .other
        }
    }

    private static func equal(_ pointer: UnsafePointer<UInt8>, _ name: StaticString) -> Bool {
        memcmp(pointer, name.utf8Start, name.utf8CodeUnitCount) == 0
    }
}

/// The byline of a page: what the page shows near its title, what its JSON-LD and meta tags
/// declare, and the elements it marks as the author's, in that order of trust. A name that is
/// the site's own (the publisher, `og:site_name`, the site's part of `<title>`) is a byline of
/// last resort: sites put themselves in the author field when the writer is shown elsewhere.
struct PageByline {
    let tree: HTMLTree
    let blocks: PageBlocks
    let linkedData: JSONLDArticle?
    let meta: MetaTags
    /// The body's container element, or -1.
    let container: Int
    /// Each element's hints with its ancestors' (`ContentSelection.hints`).
    let hints: [ElementHints]
    /// The blocks where pages print the byline: around the title and the start of the body.
    let headerBlocks: [Int]
    /// Names the site goes by (`HTMLMetadata.siteNames`).
    let siteNames: Set<String>
    /// The story's last block, or -1.
    let lastBody: Int

    init(tree: HTMLTree, blocks: PageBlocks, linkedData: JSONLDArticle?, meta: MetaTags, title: Int?, body: [Int],
         container: Int, hints: [ElementHints], siteNames: [String]) {
        self.tree = tree
        self.blocks = blocks
        self.linkedData = linkedData
        self.meta = meta
        self.container = container
        self.hints = hints
        self.siteNames = Set(siteNames.map(TextComparison.fold))
        let count = blocks.blocks.count
        let firstBody = body.first ?? count
        lastBody = body.last ?? -1
        var indices = Array(max(0, firstBody - 3)..<min(count, firstBody + 4))
        if let title { indices += max(0, title - 3)..<min(count, title + 8) }
        headerBlocks = Array(Set(indices)).sorted()
    }

    /// The byline; a name shaped like an organization's ("Team Acme", "Acme News", the site)
    /// gives way to a person the page names at the story's end.
    func find() -> String? {
        let found = firstFound()
        if found.map({ siteNames.contains(TextComparison.fold($0)) || MetadataLines.isOrganizationShaped($0) }) ?? true,
           let closing = closingByline() {
            return closing
        }
        return found ?? siteOwner()
    }

    /// The person a personal site belongs to, for a page that names no writer: a name beside
    /// the headline in `<title>` ("Headline | Jane Doe") that the page also shows as a line of
    /// its own (its header), or the holder of the copyright notice closing the page
    /// ("© 2025 Jane Doe"). Either must open with a known first name: a shop or a brand is
    /// shaped like a name too ("Klatch Coffee").
    func siteOwner() -> String? {
        let titleParts = TitleCleaning.siteParts(of: TextNormalization.cleanLine(tree.documentTitle)).filter(Self.isOwnerName)
        if !titleParts.isEmpty {
            // Only lines about as long as a candidate are folded and compared.
            let lengths = titleParts.map(\.utf8.count)
            let shown = Set(blocks.blocks.filter { block in lengths.contains { abs(Int(block.length) - $0) <= 4 } }
                .map { TextComparison.fold(blocks.string($0)) })
            if let owner = titleParts.first(where: { shown.contains(TextComparison.fold($0)) }) { return owner }
        }
        for block in blocks.blocks.suffix(12).reversed() where block.length <= 150 {
            if let holder = MetadataLines.copyrightHolder(HTMLMetadata.clean(blocks.string(block))),
               Self.isOwnerName(holder) {
                return holder
            }
        }
        return nil
    }

    static func isOwnerName(_ text: String) -> Bool {
        MetadataLines.isPersonName(text) && text.split(separator: " ").first.map { FirstNames.shared.contains(PersonName.fold($0)) } == true
    }

    private func firstFound() -> String? {
        func isSite(_ name: String) -> Bool { siteNames.contains(TextComparison.fold(name)) }

        // A reviewer's line ("Reviewed by …") names the writer only when nothing else does.
        let labeled = labeledLineNearTitle()
        // Some pages declare the name with its label ("By Jane Doe").
        let people = (linkedData?.authors ?? []).map { MetadataLines.withoutLabel(HTMLMetadata.clean($0)) }.filter { MetadataLines.isName($0) && !MetadataLines.isLink($0) }
        let persons = people.filter { !isSite($0) }
        // A user name shown as the byline ("JaneD42") gives way to the full name the page declares.
        if let labeled, !labeled.isReviewer, !(Self.isHandle(labeled.name) && persons.contains { !Self.isHandle($0) }) {
            return labeled.name
        }
        if !persons.isEmpty { return persons.count == 1 ? asShown(persons[0]) : MetadataLines.joinNames(persons) }
        let marked = markedNames()
        let declared = declaredAuthor()
        // An account name ("jane.doe") is what the page declares when it shows nothing better.
        if let declared, !isSite(declared), !MetadataLines.isIdentifier(declared) { return asShown(declared) }
        if let near = marked.first(where: { isNearTitle($0.node) && !isSite($0.name) }) { return near.name }
        if let near = nameBesideDateNearTitle(), !isSite(near) { return near }
        if let anywhere = marked.first(where: { !isSite($0.name) }) { return anywhere.name }
        if let labeled { return labeled.name }
        if let declared, !isSite(declared) { return declared }
        let organizations = (linkedData?.organizations ?? []).map(HTMLMetadata.clean).filter { !$0.isEmpty }
        if !people.isEmpty { return MetadataLines.joinNames(people) }
        if let siteAuthor = declared ?? marked.first?.name { return siteAuthor }
        // A story no one signs is the publisher's.
        return organizations.isEmpty ? linkedData?.publisher.map(HTMLMetadata.clean) ?? meta.first(["og:site_name"]).map(HTMLMetadata.clean)
            : MetadataLines.joinNames(organizations)
    }

    /// A line near the title that reads like a byline: "By Jane Doe", "Written by …", or a
    /// lone "By" followed by the name.
    func labeledLineNearTitle() -> (name: String, isReviewer: Bool)? {
        // A line that is a link whole, label and all, is a teaser card's ("by Jane Doe" under
        // another story's headline).
        for line in headerBlocks where blocks.blocks[line].length <= 150 && blocks.blocks[line].linkLength < blocks.blocks[line].length {
            let raw = blocks.string(blocks.blocks[line])
            guard MetadataLines.startsWithBylineLabel(raw) else { continue }
            let text = HTMLMetadata.clean(raw)
            var cleaned = MetadataLines.cleanByline(text)
            if MetadataLines.isBylineLabel(text), line + 1 < blocks.blocks.count {
                cleaned = MetadataLines.cleanByline(HTMLMetadata.clean(blocks.string(blocks.blocks[line + 1])))
            }
            if MetadataLines.isName(cleaned) { return (cleaned, text.lowercased().hasPrefix("reviewed")) }
        }
        return nil
    }

    /// A person named at the story's end: a "Written by …" line in its last blocks or just
    /// after (the name may follow a lone label on the next line, or the label may come within a
    /// sentence: "This post was written by Jane Doe, our editor"), or an author box there (a
    /// name, then a line that opens with it: "Jane Doe is …").
    func closingByline() -> String? {
        guard lastBody >= 0 else { return nil }
        let lines = max(0, lastBody - 3)..<min(blocks.blocks.count, lastBody + 10)
        for line in lines where blocks.blocks[line].length <= 150 {
            let text = HTMLMetadata.clean(blocks.string(blocks.blocks[line]))
            func next() -> String { line + 1 < blocks.blocks.count ? HTMLMetadata.clean(blocks.string(blocks.blocks[line + 1])) : "" }
            if MetadataLines.isBylineLabel(text) {
                if let name = Self.closingName(MetadataLines.cleanByline(next()), firstNameAllowed: false) { return name }
            } else if let labelEnd = MetadataLines.bylineLabelEnd(text), text.first?.isLetter == true {
                let signed = text[..<labelEnd].lowercased().hasSuffix("by")
                if let name = Self.closingName(MetadataLines.cleanByline(text), firstNameAllowed: signed) { return name }
            } else if ASCIISearch.contains(text, " written by "), let label = text.range(of: " written by ") {
                let named = String(text[label.upperBound...])
                if let name = Self.closingName(MetadataLines.cleanByline(named).split(separator: ",").first.map(String.init) ?? "",
                                               firstNameAllowed: true) {
                    return name
                }
            } else if MetadataLines.isPersonName(text), next().hasPrefix(text + " ") {
                return text
            }
        }
        return nil
    }

    /// A name as a closing byline gives it: a person's full name, or after a "… by" label one
    /// capitalized word (blogs sign "Posted by Jane"; "Author Spotlight" is a heading).
    private static func closingName(_ name: String, firstNameAllowed: Bool) -> String? {
        let single = firstNameAllowed && !name.contains(" ") && name.count >= 3 && name.first?.isUppercase == true && name.allSatisfy(\.isLetter)
            && !MetadataLines.isOrganizationShaped(name)
        return MetadataLines.isPersonName(name) || single ? name : nil
    }

    /// A name in a line of metadata near the title that holds a date ("May 2, 2024 • Jane Doe").
    func nameBesideDateNearTitle() -> String? {
        for line in headerBlocks where blocks.blocks[line].length <= 150
            && blocks.bytes(blocks.blocks[line]).contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
            if let name = MetadataLines.nameBesideDate(HTMLMetadata.clean(blocks.string(blocks.blocks[line]))) { return name }
        }
        return nil
    }

    /// The author the meta tags name (the author tag, Yoast's "Written by" label and data pair).
    func declaredAuthor() -> String? {
        var values = [meta.first(["author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"])]
        for pair in 1...4 where meta.first(["twitter:label\(pair)"]).map({ MetadataLines.isBylineLabel($0) }) == true {
            values.append(meta.first(["twitter:data\(pair)"]))
        }
        for value in values.compactMap({ $0 }).map(HTMLMetadata.clean) where !MetadataLines.isLink(value) && !value.contains("://") {
            let cleaned = MetadataLines.cleanByline(value)
            if !cleaned.isEmpty && cleaned.count <= 200 { return cleaned }
        }
        return nil
    }

    /// Names in elements marked as the author's (class "byline"/"author", rel=author,
    /// itemprop=author, a link to an author's page), in page order, outside comment,
    /// related-stories, sidebar and menu zones; a footer counts only inside the story's
    /// container (an author box under the story) or for a link to the author's page.
    func markedNames() -> [(node: Int, name: String)] {
        let outside: ElementHints = [.comment, .related, .navigation, .newsletter, .modal]
        let containerEnd = container >= 0 ? Int(tree.nodes[container].end) : -1
        var found: [(node: Int, name: String)] = []
        var index = 0
        while index < tree.nodes.count {
            let node = tree.nodes[index]
            // Hidden parts are walked into: responsive pages hide one of two copies of their header.
            guard node.tag != .text, !tree.hidden[index], node.hints.contains(.byline) || node.hints.contains(.authorLink) else {
                index += 1
                continue
            }
            var zones = hints[index]
            if index > container && index < containerEnd || node.hints.contains(.authorLink) { zones.remove(.footer) }
            if zones.isDisjoint(with: outside.union(.footer)), let name = firstName(in: index, skipping: outside) {
                found.append((index, name))
                index = Int(node.end)
            } else {
                index += 1
            }
        }
        return found
    }

    /// A declared name as the page shows it near the title, with the credentials it adds
    /// ("Jane Doe" shown as "Jane Doe, MD"); the name itself when the page does not show more.
    func asShown(_ name: String) -> String {
        for line in headerBlocks {
            let text = blocks.string(blocks.blocks[line])
            guard ASCIISearch.contains(text, name + ",") else { continue }
            let shown = MetadataLines.cleanByline(HTMLMetadata.clean(text))
            if shown.hasPrefix(name + ","), MetadataLines.isName(shown) { return shown }
        }
        return name
    }

    /// A single word standing for a name: a user name.
    static func isHandle(_ name: String) -> Bool {
        !name.contains(" ")
    }

    /// The first line of an element that reads as a name once cleaned as a byline.
    func firstName(in element: Int, skipping: ElementHints) -> String? {
        for line in tree.lines(of: element, limit: 4, skipping: skipping) {
            let text = HTMLMetadata.clean(line)
            guard BoilerplatePhrases.kind(of: text) == nil else { continue }
            let cleaned = MetadataLines.cleanByline(text)
            if MetadataLines.isName(cleaned) { return cleaned }
        }
        return nil
    }

    /// True for a node among or between the header blocks (see `headerBlocks`).
    func isNearTitle(_ node: Int) -> Bool {
        let header = headerBlocks
        guard let first = header.first, let last = header.last else { return false }
        return node >= Int(blocks.blocks[first].owner) && node <= Int(blocks.blocks[last].owner)
    }
}

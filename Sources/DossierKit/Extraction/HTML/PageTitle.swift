/// The title of a page: the headline it shows, checked against the titles it declares
/// (JSON-LD, `og:title`, `<title>` without the site's name).
struct PageTitle {
    var title: String?
    /// The block that holds the title, left out of the body.
    var block: Int?

    /// - Parameters:
    ///   - declared: the declared titles, best first, each as the page wrote it.
    ///   - siteNames: the names the site declares for itself, which a heading standing for the
    ///     title never is.
    init(blocks: PageBlocks, firstBody: Int, declared: [String], siteNames: [String]) {
        (title, block) = Self.find(blocks: blocks, firstBody: firstBody, declared: declared, siteNames: siteNames)
        let sites = Set(siteNames.map(TextComparison.fold))
        if let shown = title, let fuller = Self.withCountOrYear(shown, declared: declared.map { TitleCleaning.withoutSiteName($0, siteNames: sites) }) {
            title = fuller
        }
    }

    /// The declared title that is the shown headline with a count or a year added ("8 Recent
    /// Trends in Photography", "Best Travel Insurance for Seniors in 2025"): headings drop these
    /// where the page's title keeps them.
    static func withCountOrYear(_ headline: String, declared: [String]) -> String? {
        let words = TextComparison.words(headline)
        guard !words.isEmpty else { return nil }
        for form in declared {
            let full = TextComparison.words(form)
            guard full.count > words.count, full.count <= words.count + 2 else { continue }
            for lead in 0...(full.count - words.count) where full[lead..<(lead + words.count)].elementsEqual(words) {
                let added = full[..<lead] + full[(lead + words.count)...]
                if added.contains(where: isNumber), added.allSatisfy({ isNumber($0) || $0 == "in" || $0 == "of" }) { return form }
            }
        }
        return nil
    }

    private static func isNumber(_ word: Substring) -> Bool {
        word.allSatisfy { $0.isASCII && $0.isNumber }
    }

    private static func find(blocks: PageBlocks, firstBody: Int, declared: [String], siteNames: [String]) -> (String?, Int?) {
        let sites = Set(siteNames.map(TextComparison.fold))
        // A heading's tail after its last separator is cut when it is the site's name, or a tag
        // of three words at most that the declared titles set apart from their headline too
        // ("Headline | Opinion", "Headline | Top 19 Companies"); a longer tail is the headline's.
        let tags = declared.flatMap(TitleCleaning.siteParts).filter { TextComparison.words($0).count <= 3 }
        let tails = sites.union(tags.map(TextComparison.fold))
        func shown(_ block: Int) -> (String?, Int?) {
            (TitleCleaning.withoutSiteSuffix(HTMLMetadata.clean(headingText(block)), siteNames: tails), block)
        }
        let cleaned = declared.map { TitleCleaning.withoutSiteName($0, siteNames: sites) }.filter { !$0.isEmpty }
        let forms = Set((declared + cleaned).map(TextComparison.fold))
        // Declared titles whole, or cut from no more than half their length again (a site's
        // name, a tag): a heading of another level that matches one of these is the title.
        let wholeForms = Set(zip(declared, declared.map { TitleCleaning.withoutSiteName($0, siteNames: sites) })
            .filter { $1.utf8.count * 3 >= $0.utf8.count * 2 }.map { TextComparison.fold($1) })
        // A heading broken into lines ("WEEKEND<br>CODING<br>AGENT") is its lines' blocks read as one.
        func continues(_ index: Int) -> Bool {
            index > 0 && blocks.blocks[index - 1].owner == blocks.blocks[index].owner && blocks.blocks[index - 1].kind == blocks.blocks[index].kind
        }
        func headingText(_ index: Int) -> String {
            var end = index + 1
            while end < blocks.blocks.count && continues(end) { end += 1 }
            return end == index + 1 ? blocks.string(blocks.blocks[index]) : (index..<end).map { blocks.string(blocks.blocks[$0]) }.joined(separator: " ")
        }
        let headings = blocks.blocks.indices.filter { blocks.blocks[$0].kind.isHeading && !continues($0)
            && (blocks.blocks[$0].length >= 4 || headingText($0).utf8.count >= 4) }
        let firstLevel = headings.filter { blocks.blocks[$0].kind == .heading1 }
        func folded(_ index: Int) -> String { TextComparison.fold(headingText(index)) }

        // A heading that holds a declared title and more ("May 2, 2024 Headline",
        // "Headline | Opinion") stands for the declared title.
        let longForms = Set(cleaned.filter { TextComparison.words($0).count >= 3 }.map(TextComparison.fold))
        func declaredTitle(in index: Int) -> String? {
            let text = HTMLMetadata.clean(headingText(index))
            for part in TitleCleaning.headingCuts(of: text).joined() where longForms.contains(TextComparison.fold(part)) { return part }
            let heading = folded(index)
            for form in longForms where heading.count > form.count {
                let rest = heading.hasPrefix(form + " ") ? heading.dropFirst(form.count + 1)
                    : heading.hasSuffix(" " + form) ? heading.dropLast(form.count + 1) : nil
                if let rest, DateText.iso(String(rest)) != nil {
                    return cleaned.first { TextComparison.fold($0) == form }
                }
            }
            return nil
        }
        // A first-level heading the declared titles agree with, whole or as the part after a
        // kicker or before a tag.
        if let match = firstLevel.first(where: { forms.contains(folded($0)) }) { return shown(match) }
        for index in firstLevel where blocks.bytes(blocks.blocks[index]).contains(0x3F) {
            let heading = HTMLMetadata.clean(headingText(index))
            if let form = cleaned.first(where: { TitleCleaning.isSame($0, lostToQuestionMarksIn: heading) }) { return (form, index) }
        }
        for index in firstLevel where blocks.blocks[index].linkDensity <= 0.5 {
            if let form = declaredTitle(in: index) { return (form, index) }
        }
        let nearStory = headings.filter { $0 <= firstBody + 3 }
        // A heading of another level the declared titles agree with, above the story or at
        // its start, while no first-level heading does: the first level is then a label or a
        // topic ("VPN Services" over "Private VPN Service Recommendations …").
        if let match = nearStory.first(where: { wholeForms.contains(folded($0)) }) { return shown(match) }
        // The declared title most sources agree on.
        let agreed = cleaned.first(where: { candidate in cleaned.filter { $0 == candidate }.count >= 2 }) ?? cleaned.first
        let nearest = firstLevel.last(where: { $0 <= firstBody }) ?? firstLevel.first(where: { $0 <= firstBody + 3 })
        // A heading that is the topic a declared title opens with ("Index funds" over "Index
        // Funds: How to Invest") is a label, and the declared title the headline; unless the
        // heading is the site's name ("Jane's Blog: Headline").
        if let nearest, !sites.contains(folded(nearest)),
           let form = cleaned.first(where: { TitleCleaning.topic(of: $0).map(TextComparison.fold) == folded(nearest) }) {
            return (form, nearest)
        }
        // The first-level heading nearest above the story (or opening it), unless it is the
        // site's name, a link (a logo) or a summary of several sentences. Set in capitals, it
        // stands for the declared title (a styled label, "SUPPORTING GAAP COMPLIANCE").
        if let nearest, blocks.blocks[nearest].linkDensity <= 0.5, !sites.contains(folded(nearest)),
           !TitleCleaning.isSeveralSentences(headingText(nearest)) {
            if let agreed, TitleCleaning.isInCapitals(headingText(nearest)) { return (agreed, nearest) }
            return shown(nearest)
        }
        // Pages that give the first level to their own name: a heading of another level that
        // holds a declared title, above the story or at its start.
        if let match = nearStory.first(where: { forms.contains(folded($0)) }) { return shown(match) }
        for index in nearStory {
            if let form = declaredTitle(in: index) { return (form, index) }
        }
        if let agreed { return (agreed, nil) }
        return firstLevel.first.map(shown) ?? (nil, nil)
    }
}

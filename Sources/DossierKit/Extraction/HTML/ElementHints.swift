/// What an element's class, id, role and itemprop say about its part in the page.
///
/// Read from words that page templates use across sites ("share", "related", "byline",
/// "caption"); none is keyed to one site.
struct ElementHints: OptionSet, Hashable {
    let rawValue: UInt32

    /// The article's container: "article", "content", "entry", "post", "story", role=main.
    static let content = ElementHints(rawValue: 1 << 0)
    /// Marked as the article body itself: itemprop=articleBody, "article-body", "entry-content".
    static let articleBody = ElementHints(rawValue: 1 << 1)
    static let navigation = ElementHints(rawValue: 1 << 2)
    static let share = ElementHints(rawValue: 1 << 3)
    /// Related stories, recommendations, teasers.
    static let related = ElementHints(rawValue: 1 << 4)
    static let comment = ElementHints(rawValue: 1 << 5)
    static let advertisement = ElementHints(rawValue: 1 << 6)
    static let footer = ElementHints(rawValue: 1 << 7)
    /// The site's header: masthead, top bar, role=banner.
    static let masthead = ElementHints(rawValue: 1 << 8)
    static let sidebar = ElementHints(rawValue: 1 << 9)
    static let caption = ElementHints(rawValue: 1 << 10)
    static let byline = ElementHints(rawValue: 1 << 11)
    static let date = ElementHints(rawValue: 1 << 12)
    /// A form: sign-ups, searches, contact and comment boxes.
    static let form = ElementHints(rawValue: 1 << 13)
    static let subtitle = ElementHints(rawValue: 1 << 14)
    /// Newsletter boxes, subscription and sign-up prompts, paywalls.
    static let newsletter = ElementHints(rawValue: 1 << 15)
    /// Not shown: hidden, display:none, aria-hidden, screen-reader-only text.
    static let hidden = ElementHints(rawValue: 1 << 16)
    static let tags = ElementHints(rawValue: 1 << 17)
    /// Pop-ups, cookie notices, modal dialogs.
    static let modal = ElementHints(rawValue: 1 << 18)
    static let authorLink = ElementHints(rawValue: 1 << 20)

    /// Hints of page furniture: a block under one of these is not article text.
    static let boilerplate: ElementHints = [.navigation, .share, .related, .comment, .advertisement, .footer,
                                            .masthead, .sidebar, .newsletter, .hidden, .tags, .modal, .form]

    /// The hints an element's tag gives by itself.
    static func of(tag: HTMLTag) -> ElementHints {
        switch tag {
        case .nav, .menu: return .navigation
        case .aside: return .sidebar
        case .footer: return .footer
        case .figcaption: return .caption
        case .form: return .form
        default: return []
        }
    }
}

/// Reads hints from attribute values: words of class and id (split at anything that is not a
/// letter or digit), and whole class names for the hiding conventions.
enum HintReader {
    /// Hints for a class or id value, given as its bytes. Words are split at anything that is
    /// not a letter or digit and where a capital follows a small letter ("authorName").
    static func hints(classOrID value: UnsafeBufferPointer<UInt8>) -> ElementHints {
        var hints: ElementHints = []
        var wordKey: UInt64 = 0, wordLength = 0
        var classKey: UInt64 = 0, classLength = 0
        var previousIsLower = false
        let count = value.count
        // Read once: each use of a static inside the loop would check that it is set up.
        let wordKeywords = wordKeywords, keywordPairs = keywordPairs, substringKeywords = substringKeywords
        let hidingClasses = hidingClasses
        for index in 0...count {
            let raw: UInt8 = index < count ? value[index] : 0
            let isUpper = raw >= 0x41 && raw <= 0x5A
            let byte = isUpper ? raw | 0x20 : raw
            let isWordByte = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
            if isUpper && previousIsLower && wordLength > 0 {
                if wordLength <= 8 { hints.formUnion(wordKeywords.hints(for: wordKey)) }
                wordKey = 0
                wordLength = 0
            }
            previousIsLower = raw >= 0x61 && raw <= 0x7A
            if isWordByte {
                if wordLength < 8 { wordKey |= UInt64(byte) << (8 * UInt64(wordLength)) }
                wordLength += 1
                if index + 1 < count {
                    let next = value[index + 1]
                    if keywordPairs[Int(byte) << 8 | Int(next >= 0x41 && next <= 0x5A ? next | 0x20 : next)] {
                        for (keyword, keywordHints) in substringKeywords[Int(byte)] where matches(keyword, in: value, at: index) {
                            hints.formUnion(keywordHints)
                        }
                    }
                }
            } else if wordLength > 0 {
                if wordLength <= 8 { hints.formUnion(wordKeywords.hints(for: wordKey)) }
                wordKey = 0
                wordLength = 0
            }
            if raw == 0 || raw == 0x20 || raw == 0x09 || raw == 0x0A {
                if classLength > 0, classLength <= 8 { hints.formUnion(hidingClasses.hints(for: classKey)) }
                classKey = 0
                classLength = 0
            } else {
                if classLength < 8 { classKey |= UInt64(byte) << (8 * UInt64(classLength)) }
                classLength += 1
            }
        }
        return hints
    }

    static func hints(role value: UnsafePointer<UInt8>) -> ElementHints {
        switch String(cString: value).lowercased() {
        case "main", "article": return .content
        case "navigation", "menu", "menubar", "search", "tablist": return .navigation
        case "banner": return .masthead
        case "contentinfo": return .footer
        case "complementary": return .sidebar
        case "dialog", "alertdialog", "alert", "tooltip": return .modal
        default: return []
        }
    }

    static func hints(itemprop value: UnsafePointer<UInt8>) -> ElementHints {
        var hints: ElementHints = []
        for word in String(cString: value).lowercased().split(separator: " ") {
            switch word {
            case "articlebody", "text": hints.insert(.articleBody)
            case "author", "creator": hints.insert(.byline)
            case "datepublished", "datecreated": hints.insert(.date)
            case "description", "alternativeheadline": hints.insert(.subtitle)
            case "caption": hints.insert(.caption)
            default: break
            }
        }
        return hints
    }

    /// True when an inline style hides the element: `display: none` or `visibility: hidden`.
    static func isHidingStyle(_ value: UnsafePointer<UInt8>) -> Bool {
        var compact: [UInt8] = []
        var index = 0
        while value[index] != 0 {
            let byte = value[index]
            if byte != 0x20 && byte != 0x09 && byte != 0x0A { compact.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
            index += 1
        }
        return contains(hidingStyles[0], in: compact) || contains(hidingStyles[1], in: compact)
    }

    private static let hidingStyles = [Array("display:none".utf8), Array("visibility:hidden".utf8)]

    private static func contains(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

    private static func matches(_ keyword: [UInt8], in value: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start + keyword.count <= value.count else { return false }
        for (offset, byte) in keyword.enumerated() {
            let raw = value[start + offset]
            let lower = raw >= 0x41 && raw <= 0x5A ? raw | 0x20 : raw
            if lower != byte { return false }
        }
        return true
    }

    /// Whole words (up to 8 letters) that hint only when they stand alone: "ad" must not fire
    /// inside "header", nor "nav" inside "canvas".
    private static let wordKeywords: WordTable = {
        let words: [(String, ElementHints)] = [
            ("article", .content), ("content", .content), ("entry", .content), ("post", .content),
            ("story", .content), ("body", .content), ("text", .content), ("main", .content), ("prose", .content),
            ("nav", .navigation), ("navbar", .navigation), ("menu", .navigation), ("pager", .navigation),
            ("skip", .navigation), ("crumbs", .navigation), ("toc", .navigation),
            ("share", .share), ("sharing", .share), ("social", .share), ("follow", .share),
            ("ad", .advertisement), ("ads", .advertisement), ("adv", .advertisement), ("advert", .advertisement),
            ("dfp", .advertisement), ("gpt", .advertisement), ("adunit", .advertisement), ("adslot", .advertisement),
            ("footer", .footer), ("foot", .footer), ("colophon", .footer),
            ("masthead", .masthead), ("topbar", .masthead),
            ("rail", .sidebar), ("aside", .sidebar),
            ("credit", .caption), ("credits", .caption), ("caption", .caption),
            ("author", .byline), ("authors", .byline), ("writer", .byline),
            ("date", .date), ("time", .date), ("dateline", .date), ("pubdate", .date),
            ("dek", .subtitle), ("deck", .subtitle), ("subtitle", .subtitle), ("subhead", .subtitle),
            ("summary", .subtitle), ("excerpt", .subtitle),
            ("promo", .newsletter), ("cta", .newsletter), ("signup", .newsletter), ("optin", .newsletter),
            ("paywall", .newsletter), ("regwall", .newsletter),
            ("tags", .tags), ("tag", .tags), ("topics", .tags), ("keywords", .tags),
            ("modal", .modal), ("popup", .modal), ("overlay", .modal), ("cookie", .modal), ("cookies", .modal),
            ("consent", .modal), ("gdpr", .modal),
            ("comments", .comment), ("comment", .comment), ("disqus", .comment), ("respond", .comment),
            ("related", .related), ("teaser", .related), ("teasers", .related), ("trending", .related),
            ("popular", .related), ("recirc", .related), ("outbrain", .related), ("taboola", .related),
        ]
        var table = WordTable()
        for (word, hints) in words { table.insert(key(word), hints) }
        return table
    }()

    /// Longer keywords that hint wherever they appear ("sidebar" in "left-sidebar-wrap").
    private static let substringKeywords: [[([UInt8], ElementHints)]] = {
        let keywords: [(String, ElementHints)] = [
            ("articlebody", [.content, .articleBody]), ("article-body", [.content, .articleBody]),
            ("article__body", [.content, .articleBody]), ("storybody", [.content, .articleBody]),
            ("story-body", [.content, .articleBody]), ("entry-content", [.content, .articleBody]),
            ("post-content", [.content, .articleBody]), ("post-body", [.content, .articleBody]),
            ("article-content", [.content, .articleBody]), ("articlecontent", [.content, .articleBody]),
            ("story-content", [.content, .articleBody]), ("article-text", [.content, .articleBody]),
            ("breadcrumb", .navigation), ("pagination", .navigation), ("navigation", .navigation),
            ("sharebar", .share), ("share-", .share), ("-share", .share), ("socialmedia", .share),
            ("advertis", .advertisement), ("sponsor", .advertisement), ("adsense", .advertisement),
            ("copyright", .footer), ("sidebar", .sidebar),
            ("figcaption", .caption), ("photo-credit", .caption), ("image-credit", .caption),
            ("byline", .byline), ("by-line", .byline), ("contributor", .byline),
            ("published", .date), ("timestamp", .date),
            ("standfirst", .subtitle), ("strapline", .subtitle), ("subheadline", .subtitle),
            ("newsletter", .newsletter), ("subscri", .newsletter), ("sign-up", .newsletter),
            ("comment", .comment), ("related", .related), ("recommend", .related), ("more-stories", .related),
            ("most-read", .related), ("mostread", .related), ("most-popular", .related), ("read-more", .related),
            ("readmore", .related), ("also-read", .related), ("read-next", .related), ("up-next", .related),
            ("visually-hidden", .hidden), ("visuallyhidden", .hidden), ("screen-reader", .hidden),
            ("screenreader", .hidden), ("sr-only", .hidden),
            ("site-header", .masthead), ("site-footer", .footer), ("page-footer", .footer),
        ]
        var buckets = [[([UInt8], ElementHints)]](repeating: [], count: 256)
        for (keyword, hints) in keywords {
            let bytes = Array(keyword.utf8)
            buckets[Int(bytes[0])].append((bytes, hints))
        }
        return buckets
    }()

    /// Which first two bytes start a substring keyword: most positions are ruled out by one lookup.
    private static let keywordPairs: [Bool] = {
        var pairs = [Bool](repeating: false, count: 1 << 16)
        for bucket in substringKeywords {
            for (keyword, _) in bucket { pairs[Int(keyword[0]) << 8 | Int(keyword[1])] = true }
        }
        return pairs
    }()

    /// Whole class names of the usual hiding conventions.
    private static let hidingClasses: WordTable = {
        var table = WordTable()
        for name in ["hidden", "hide", "sr-only", "d-none", "is-hidden", "u-hidden", "offscreen", "a11y"] {
            table.insert(key(name), .hidden)
        }
        return table
    }()

    private static func key(_ word: String) -> UInt64 {
        var key: UInt64 = 0
        for (index, byte) in word.utf8.prefix(8).enumerated() { key |= UInt64(byte) << (8 * UInt64(index)) }
        return key
    }
}

/// Words packed into 64-bit keys, looked up with open addressing: the class-name loop runs for
/// every element of every page, and this is several times faster than a Dictionary there.
struct WordTable {
    private static let bits: UInt64 = 9
    private var keys = [UInt64](repeating: 0, count: 1 << 9)
    private var values = [ElementHints](repeating: [], count: 1 << 9)

    private static func slot(_ key: UInt64) -> Int {
        Int((key &* 0x9E37_79B9_7F4A_7C15) >> (64 - bits))
    }

    mutating func insert(_ key: UInt64, _ hints: ElementHints) {
        var slot = Self.slot(key)
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (keys.count - 1) }
        keys[slot] = key
        values[slot].formUnion(hints)
    }

    func hints(for key: UInt64) -> ElementHints {
        var slot = Self.slot(key)
        while true {
            let found = keys[slot]
            if found == key { return values[slot] }
            if found == 0 { return [] }
            slot = (slot + 1) & (keys.count - 1)
        }
    }
}

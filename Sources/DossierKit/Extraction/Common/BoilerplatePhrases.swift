/// Short lines that pages print around every story: calls to follow, share or subscribe,
/// "read more" links, advertising labels, copyright lines, comment headers, cookie notices.
/// Matched on short lines only (and on whole words), so a sentence of the story that happens
/// to use such words is never taken for one.
enum BoilerplatePhrases {
    enum Kind {
        /// Page furniture that ends or starts the story's region ("Follow us", "Read more").
        case furniture
        /// A label inside the story that is dropped without ending it ("Advertisement").
        case interruption
    }

    /// The longest line (in words) that is checked for phrases.
    static let maximumWords = 14

    static func kind(of line: String) -> Kind? {
        guard line.utf8.count < 2000 else { return nil }
        return kind(of: LineText(line))
    }

    static func kind(of line: LineText) -> Kind? {
        // Cookie notices are long but never part of a story.
        if line.containsWords(cookie), cookieContext.contains(where: line.containsWords) { return .furniture }
        guard line.wordCount > 0, line.wordCount <= maximumWords else { return nil }
        if interruptions.contains(where: line.hasOnlyWords) || interruptionPrefixes.contains(where: line.startsWithWords) {
            return .interruption
        }
        // "Read more: <another story's headline>" inside a story links away without ending it.
        if line.wordCount >= 5, inlineLinkLabels.isPrefix(of: line) { return .interruption }
        if furniturePhrases.isFound(in: line) || continuationMarkers.isContained(in: line) {
            return .furniture
        }
        if line.wordCount <= 4, socialNetworks.isFound(in: line) { return .furniture }
        if line.contains(copyrightSign) || line.hasPrefix(copyrightPrefix) { return .furniture }
        // The header of a reader's comment: "Jane on May 2, 2024 said:".
        if commentHeaderEnds.contains(where: line.hasSuffix) { return .furniture }
        return nil
    }

    private static let cookie = LineText.wordPattern("cookies")
    private static let cookieContext = ["website", "browser", "consent", "experience"].map(LineText.wordPattern)
    private static let copyrightSign = Array("©".utf8)
    private static let copyrightPrefix = Array("(c) ".utf8)
    private static let commentHeaderEnds = ["said:", "says:", "wrote:"].map { Array($0.utf8) }

    /// Lines that are one of these labels.
    private static let interruptions = [
        "advertisement", "ad", "ads", "sponsored", "sponsored content", "story continues below",
        "story continues below advertisement", "continue reading below", "article continues below",
        "scroll to continue", "scroll to continue with content", "skip advertisement", "loading", "close",
    ].map(LineText.wordPattern)

    /// Lines that open with one of these labels.
    private static let interruptionPrefixes = ["story continues below", "article continues below", "advertisement"]
        .map(LineText.wordPattern)

    /// Labels of links to other stories placed inside a story.
    private static let inlineLinkLabels = WordPhrases(["read more:", "read also:", "see also:", "related:", "more:", "read:",
                                                       "also read:", "recommended:", "watch:"])

    /// Links to the rest of a teaser, matched anywhere: dumps run them into their neighbours
    /// ("keep readingShow less").
    static let continuationMarkers = WordPhrases(["keep reading", "read more", "continue reading", "show less", "show more",
                                                  "read full", "full story"])

    /// Names that make a line of a few words a sharing or following button.
    private static let socialNetworks = WordPhrases(["whatsapp", "facebook", "twitter", "linkedin", "pinterest", "instagram",
                                         "telegram", "reddit", "youtube", "tiktok", "flipboard", "email"])

    /// Word sequences that mark furniture.
    private static let furniturePhrases = WordPhrases([
        "follow us", "follow rt", "share this", "share it", "share on", "share via", "share article", "share story",
        "sign up", "signup", "subscribe", "newsletter", "keep reading", "show less", "show more", "read more",
        "read next", "read also", "continue reading", "related articles", "related stories", "related content",
        "related coverage", "more stories", "more from", "most popular", "most read", "trending now",
        "recommended for you", "you may also like", "you might also like", "all rights reserved", "privacy policy",
        "terms of use", "terms of service", "cookie policy", "cookies", "leave a comment", "post a comment",
        "comments", "log in", "sign in", "download the app", "get the app", "click here", "tap here",
        "watch live", "listen to this article",
        "print this", "email this", "copy link", "back to top", "skip to content", "skip to main",
        "jump to", "table of contents", "was this article helpful", "report an error", "corrections",
        "reply", "replies", "votes", "ago", "likes", "upvote", "permalink",
        "top stories", "related links", "related posts", "partner news", "latest news", "more news", "editor s picks",
        "editors picks", "see also", "more on this", "recommended", "trending", "you may be interested",
        "your email address will not be published", "required fields are marked", "community standards",
        "community guidelines", "more articles from", "elsewhere on", "about the author", "join the conversation",
    ])
}

/// Short lines that pages print around every story: calls to follow, share or subscribe,
/// "read more" links, advertising labels, copyright lines. Matched on short lines only, so a
/// sentence of the story that happens to use such words is never taken for one.
enum BoilerplatePhrases {
    enum Kind {
        /// Page furniture that ends or starts the story's region ("Follow us", "Read more").
        case furniture
        /// A label inside the story that is dropped without ending it ("Advertisement").
        case interruption
    }

    /// The longest line (in words) that is checked.
    static let maximumWords = 14

    static func kind(of line: String) -> Kind? {
        let lower = line.lowercased()
        // Cookie notices are long but never part of a story.
        if lower.contains("cookie"), ["website", "browser", "consent", "experience"].contains(where: { lower.contains($0) }) {
            return .furniture
        }
        let words = lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard !words.isEmpty, words.count <= maximumWords else { return nil }
        let joined = words.joined(separator: " ")
        if interruptions.contains(joined) || interruptionPrefixes.contains(where: { joined.hasPrefix($0) }) { return .interruption }
        if furniturePhrases.contains(where: { joined.contains($0) }) { return .furniture }
        if words.count <= 4, socialNetworks.contains(where: { joined.contains($0) }) { return .furniture }
        if lower.contains("©") || lower.hasPrefix("(c) ") { return .furniture }
        // The header of a reader's comment: "Jane on May 2, 2024 said:".
        if ["said:", "says:", "wrote:"].contains(where: { lower.hasSuffix($0) }) { return .furniture }
        return nil
    }

    private static let interruptions: Set<String> = [
        "advertisement", "ad", "ads", "sponsored", "sponsored content", "story continues below",
        "story continues below advertisement", "continue reading below", "article continues below",
        "scroll to continue", "scroll to continue with content", "skip advertisement", "loading", "close",
    ]

    private static let interruptionPrefixes = ["story continues below", "article continues below", "advertisement "]

    /// Names that make a line of a few words a sharing or following button.
    private static let socialNetworks = ["whatsapp", "facebook", "twitter", "linkedin", "pinterest", "instagram",
                                         "telegram", "reddit", "youtube", "tiktok", "flipboard", "email"]

    /// Word sequences (lowercase, single spaces) that mark furniture.
    private static let furniturePhrases = [
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
    ]
}

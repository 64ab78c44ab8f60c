import DossierKit

/// One line of context around a word in an article (keyword in context): the text before it
/// and after it within its paragraph, newlines made spaces.
public struct KeywordContext: Hashable, Sendable {
    public var before: String
    public var keyword: String
    public var after: String

    /// How many characters are kept on each side: enough for the widest screen's line.
    static let reach = 120

    public init(before: String, keyword: String, after: String) {
        self.before = before
        self.keyword = keyword
        self.after = after
    }

    /// The context of `range` in `text`; empty when the range is not in the text.
    public init(of range: UTF8Range, in text: String) {
        let utf8 = text.utf8
        guard range.start >= 0, range.end <= utf8.count,
              let lower = utf8.index(utf8.startIndex, offsetBy: range.start, limitedBy: utf8.endIndex),
              let upper = utf8.index(lower, offsetBy: range.count, limitedBy: utf8.endIndex),
              lower.samePosition(in: text.unicodeScalars) != nil, upper.samePosition(in: text.unicodeScalars) != nil
        else {
            self.init(before: "", keyword: "", after: "")
            return
        }
        let before = text[..<lower].suffix(Self.reach)
        let after = text[upper...].prefix(Self.reach)
        self.init(before: String(before.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""),
                  keyword: Self.oneLine(text[lower..<upper]),
                  after: String(after.split(separator: "\n", omittingEmptySubsequences: false).first ?? ""))
    }

    private static func oneLine(_ text: Substring) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }
}

/// A cleaned article. It owns its reading text: the title, the subtitle and the body blocks
/// joined by blank lines. Everything else points into that text by `UTF8Range`.
/// An article whose page gave no title is titled by its first sentence, which its text does not
/// repeat: the reader shows the sentence once, and its names are counted once.
public struct Article: Sendable, Hashable, Codable {
    public let source: String
    public let title: String
    public let subtitle: String?
    public let byline: String?
    /// ISO 8601 date or date-time, or nil when the page gave none.
    public let date: String?
    public let section: String?
    /// The page's own address (an absolute http(s) URL, see `ArticleURL`), or nil when the
    /// page or record declared none.
    public let url: String?
    /// The reading text: title, subtitle and body blocks joined by blank lines.
    public let text: String
    /// Where the title stands in the text; nil when the title is the first sentence of the body.
    public let titleRange: UTF8Range?
    public let subtitleRange: UTF8Range?
    /// The body blocks, in reading order.
    public let blocks: [Block]

    /// The separator between the title, the subtitle and each block.
    public static let blockSeparator = "\n\n"

    /// Builds the reading text from a draft. Text is normalized (`TextNormalization.clean`),
    /// empty pieces are dropped, and a draft without a title takes its first sentence,
    /// cut at a word boundary, as its title (not written into the text).
    public init(draft: ArticleDraft) {
        let pieces = draft.body.compactMap { piece -> ArticleDraft.Piece? in
            let text = TextNormalization.clean(piece.text)
            return text.isEmpty ? nil : ArticleDraft.Piece(piece.kind, text)
        }
        var title = TextNormalization.cleanLine(draft.title ?? "")
        var text = ""
        var titleRange: UTF8Range?
        if title.isEmpty {
            title = TitleFallback.title(fromFirstOf: pieces.map(\.text))
        } else {
            text = title
            titleRange = UTF8Range(0, text.utf8.count)
        }
        let subtitle = draft.subtitle.map(TextNormalization.cleanLine).flatMap { $0.isEmpty || $0 == title ? nil : $0 }

        var subtitleRange: UTF8Range?
        if let subtitle {
            if !text.isEmpty { text += Article.blockSeparator }
            let start = text.utf8.count
            text += subtitle
            subtitleRange = UTF8Range(start, text.utf8.count)
        }
        var blocks: [Block] = []
        blocks.reserveCapacity(pieces.count)
        for piece in pieces {
            if !text.isEmpty { text += Article.blockSeparator }
            let start = text.utf8.count
            text += piece.text
            blocks.append(Block(kind: piece.kind, range: UTF8Range(start, text.utf8.count)))
        }

        self.source = draft.source
        self.title = title
        self.subtitle = subtitle
        self.byline = draft.byline.map(TextNormalization.cleanLine).flatMap { $0.isEmpty ? nil : $0 }
        self.date = draft.date
        self.section = draft.section.map(TextNormalization.cleanLine).flatMap { $0.isEmpty ? nil : $0 }
        self.url = draft.url.flatMap(ArticleURL.accepted)
        self.text = text
        self.titleRange = titleRange
        self.subtitleRange = subtitleRange
        self.blocks = blocks
    }

    /// An article from its stored parts, as a record keeps them; the ranges must point into `text`.
    public init(source: String, title: String, subtitle: String?, byline: String?, date: String?, section: String?,
                url: String? = nil, text: String, titleRange: UTF8Range?, subtitleRange: UTF8Range?, blocks: [Block]) {
        self.source = source
        self.title = title
        self.subtitle = subtitle
        self.byline = byline
        self.date = date
        self.section = section
        self.url = url
        self.text = text
        self.titleRange = titleRange
        self.subtitleRange = subtitleRange
        self.blocks = blocks
    }

    /// The text of a range of this article.
    public subscript(range: UTF8Range) -> Substring {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: range.start)
        let upper = utf8.index(lower, offsetBy: range.count)
        return text[lower..<upper]
    }

    /// The body text alone: the blocks joined by blank lines (what extraction benchmarks score).
    public var bodyText: String {
        blocks.map { String(self[$0.range]) }.joined(separator: Article.blockSeparator)
    }

    /// For each offset (ascending), the number of the paragraph it stands in: the title, the
    /// subtitle and each block, counted in order of the text.
    public func paragraphNumbers(ofOffsets offsets: [Int]) -> [Int] {
        let starts = [titleRange, subtitleRange].compactMap { $0?.start } + blocks.map(\.range.start)
        var numbers: [Int] = []
        numbers.reserveCapacity(offsets.count)
        var paragraph = 0
        for offset in offsets {
            while paragraph + 1 < starts.count, starts[paragraph + 1] <= offset { paragraph += 1 }
            numbers.append(paragraph)
        }
        return numbers
    }
}

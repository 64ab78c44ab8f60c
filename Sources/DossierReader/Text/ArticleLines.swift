import DossierKit

/// An article's reading text laid out in rows at a width: each paragraph (title, subtitle,
/// body block) wrapped on its own, with a blank row between paragraphs.
///
/// Only the paragraphs a question touches are wrapped, so drawing a screen or moving by a
/// page costs the rows on screen plus the paragraph at the top, never the whole article.
public struct ArticleLines {
    /// A row: a paragraph and a line of it; `line == lineCount` is the blank row after it.
    public struct Position: Hashable, Comparable, Sendable {
        public var paragraph: Int
        public var line: Int

        public static func < (a: Position, b: Position) -> Bool {
            (a.paragraph, a.line) < (b.paragraph, b.line)
        }
    }

    /// One row of text to draw: its range of the article's text and how to draw it.
    public struct Row: Hashable, Sendable {
        public var range: UTF8Range
        public var role: Paragraph.Role
        /// Drawn before the text: a bullet or quote bar on a first line, its indent after.
        public var lead: String
    }

    public struct Paragraph: Hashable, Sendable {
        public enum Role: Hashable, Sendable {
            case title, subtitle, heading, paragraph, quote, listItem
        }

        public var range: UTF8Range
        public var role: Role

        /// The decoration of the first line and of the lines after it.
        var leads: (first: String, rest: String) {
            switch role {
            case .listItem: return ("• ", "  ")
            case .quote: return ("│ ", "│ ")
            default: return ("", "")
            }
        }
    }

    public let article: Article
    public let width: Int
    public let paragraphs: [Paragraph]

    public init(article: Article, width: Int) {
        self.article = article
        self.width = max(1, width)
        var paragraphs: [Paragraph] = []
        if let title = article.titleRange { paragraphs.append(Paragraph(range: title, role: .title)) }
        if let subtitle = article.subtitleRange { paragraphs.append(Paragraph(range: subtitle, role: .subtitle)) }
        for block in article.blocks {
            let role: Paragraph.Role = switch block.kind {
            case .paragraph: .paragraph
            case .heading: .heading
            case .quote: .quote
            case .listItem: .listItem
            }
            paragraphs.append(Paragraph(range: block.range, role: role))
        }
        // An article with no text at all still has one (empty) row to stand on.
        self.paragraphs = paragraphs.isEmpty ? [Paragraph(range: UTF8Range(0, 0), role: .paragraph)] : paragraphs
    }

    public var first: Position { Position(paragraph: 0, line: 0) }

    /// The last row of the text.
    public var last: Position {
        let paragraph = paragraphs.count - 1
        return Position(paragraph: paragraph, line: rowCount(of: paragraph, lines: lines(of: paragraph)) - 1)
    }

    /// The lines of one paragraph.
    public func lines(of paragraph: Int) -> [UTF8Range] {
        let range = paragraphs[paragraph].range
        let leadWidth = DisplayWidth.of(paragraphs[paragraph].leads.first)
        return TextWrapper.lines(of: article[range], startingAt: range.start, width: width - leadWidth)
    }

    /// The row that holds UTF-8 `offset`: the line it falls in, or the blank row when it
    /// falls between paragraphs.
    public func position(containing offset: Int) -> Position {
        var low = 0, high = paragraphs.count
        while low < high {
            let mid = (low + high) / 2
            if paragraphs[mid].range.start <= offset { low = mid + 1 } else { high = mid }
        }
        let paragraph = max(0, low - 1)
        let lines = lines(of: paragraph)
        if offset >= paragraphs[paragraph].range.end, paragraph < paragraphs.count - 1, !paragraphs[paragraph].range.isEmpty {
            return Position(paragraph: paragraph, line: lines.count)
        }
        let line = (lines.lastIndex { $0.start <= offset }) ?? 0
        return Position(paragraph: paragraph, line: line)
    }

    /// The UTF-8 offset that stands for a row: its line's start, or for a blank row the end
    /// of the paragraph before it.
    public func offset(of position: Position) -> Int {
        let lines = lines(of: position.paragraph)
        return position.line < lines.count ? lines[position.line].start : paragraphs[position.paragraph].range.end
    }

    /// The row `count` rows after `position` (before it when negative), stopping at the
    /// first and last rows.
    public func position(_ position: Position, movedBy count: Int) -> Position {
        var position = position
        var lines = self.lines(of: position.paragraph)
        if count >= 0 {
            for _ in 0..<count {
                if position.line + 1 < rowCount(of: position.paragraph, lines: lines) {
                    position.line += 1
                } else if position.paragraph + 1 < paragraphs.count {
                    position = Position(paragraph: position.paragraph + 1, line: 0)
                    lines = self.lines(of: position.paragraph)
                } else {
                    break
                }
            }
        } else {
            for _ in 0..<(-count) {
                if position.line > 0 {
                    position.line -= 1
                } else if position.paragraph > 0 {
                    lines = self.lines(of: position.paragraph - 1)
                    position = Position(paragraph: position.paragraph - 1, line: rowCount(of: position.paragraph - 1, lines: lines) - 1)
                } else {
                    break
                }
            }
        }
        return position
    }

    /// Up to `count` rows from `position` on; nil stands for a blank row.
    public func rows(from position: Position, count: Int) -> [Row?] {
        var rows: [Row?] = []
        var paragraph = position.paragraph
        var line = position.line
        while rows.count < count, paragraph < paragraphs.count {
            let lines = self.lines(of: paragraph)
            let leads = paragraphs[paragraph].leads
            while rows.count < count, line < rowCount(of: paragraph, lines: lines) {
                rows.append(line < lines.count
                    ? Row(range: lines[line], role: paragraphs[paragraph].role, lead: line == 0 ? leads.first : leads.rest)
                    : nil)
                line += 1
            }
            paragraph += 1
            line = 0
        }
        return rows
    }

    /// A paragraph's rows: its lines, and a blank row unless it is the last paragraph.
    private func rowCount(of paragraph: Int, lines: [UTF8Range]) -> Int {
        lines.count + (paragraph < paragraphs.count - 1 ? 1 : 0)
    }
}

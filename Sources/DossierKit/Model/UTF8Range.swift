/// A half-open range of UTF-8 byte offsets into an article's reading text.
///
/// Every position in the document model is a UTF-8 offset into `Article.text`, so that a
/// mention, a block or a scroll position points into the text instead of copying it.
/// JSON output converts to Unicode scalar offsets (see `Article.scalarOffset(ofUTF8:)`).
public struct UTF8Range: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "UTF8Range start \(start) is after end \(end)")
        self.start = start
        self.end = end
    }

    public var count: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func overlaps(_ other: UTF8Range) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: UTF8Range, rhs: UTF8Range) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "\(start)..<\(end)" }
}

/// How a cell is drawn: a foreground colour (nil for the terminal's own) and attributes.
public struct Style: Hashable, Sendable {
    /// The eight standard terminal colours.
    public enum Color: Int, Hashable, Sendable, CaseIterable {
        case black, red, green, yellow, blue, magenta, cyan, white
    }

    public struct Attributes: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        public static let bold = Attributes(rawValue: 1 << 0)
        public static let underline = Attributes(rawValue: 1 << 1)
        public static let reverse = Attributes(rawValue: 1 << 2)
        public static let dim = Attributes(rawValue: 1 << 3)
    }

    public var foreground: Color?
    public var attributes: Attributes

    public init(foreground: Color? = nil, attributes: Attributes = []) {
        self.foreground = foreground
        self.attributes = attributes
    }

    public static let plain = Style()

    /// This style with more attributes.
    public func adding(_ more: Attributes) -> Style {
        Style(foreground: foreground, attributes: attributes.union(more))
    }

    /// This style drawn over `base`: its colour where it has one, the attributes of both.
    public func over(_ base: Style) -> Style {
        Style(foreground: foreground ?? base.foreground, attributes: attributes.union(base.attributes))
    }
}

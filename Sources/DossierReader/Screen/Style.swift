/// How a cell is drawn: a foreground colour (nil for the terminal's own) and attributes.
public struct Style: Hashable, Sendable {
    /// A colour of the terminal's palette, by its number: 0–7 the standard colours, 8–15
    /// their bright forms, 16–231 the 6×6×6 cube and 232–255 the greys of a 256-colour
    /// terminal. `TerminalPalette` maps a colour to the ones a terminal has.
    public struct Color: Hashable, Sendable {
        public let index: Int

        /// A colour by its number, 0–255 (clamped).
        public init(_ index: Int) {
            self.index = min(max(index, 0), 255)
        }

        public static let black = Color(0), red = Color(1), green = Color(2), yellow = Color(3)
        public static let blue = Color(4), magenta = Color(5), cyan = Color(6), white = Color(7)
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

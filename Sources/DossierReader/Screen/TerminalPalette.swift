/// The colours a terminal can show: 8, 16 or 256 of them, with the red, green and blue that
/// xterm gives each, to find the nearest one to any colour.
public struct TerminalPalette: Hashable, Sendable {
    /// A colour as red, green and blue, 0–255 each.
    public struct RGB: Hashable, Sendable {
        public var red: Int
        public var green: Int
        public var blue: Int

        public init(red: Int, green: Int, blue: Int) {
            self.red = red
            self.green = green
            self.blue = blue
        }
    }

    /// How many colours the terminal has: 8, 16 or 256 (other counts round down to one of those).
    public let colorCount: Int

    public init(colorCount: Int) {
        self.colorCount = colorCount >= 256 ? 256 : colorCount >= 16 ? 16 : 8
    }

    /// A colour the terminal has: itself when the palette holds it, else the nearest one.
    public func nearest(to color: Style.Color) -> Style.Color {
        color.index < colorCount ? color : nearest(to: Self.rgb(of: color))
    }

    /// The terminal's colour nearest to `rgb`. A 256-colour terminal answers from its cube and
    /// greys, whose shades are fixed; the first 16 are left out there, since many terminals
    /// give them colours of their own.
    public func nearest(to rgb: RGB) -> Style.Color {
        let candidates = colorCount == 256 ? 16..<256 : 0..<colorCount
        let best = candidates.min { Self.distance(Self.rgb(of: Style.Color($0)), rgb) < Self.distance(Self.rgb(of: Style.Color($1)), rgb) }
        return Style.Color(best ?? 0)
    }

    /// The red, green and blue of a palette colour, as xterm shows them.
    public static func rgb(of color: Style.Color) -> RGB {
        let index = color.index
        switch index {
        case 0..<16:
            let (red, green, blue) = standard[index]
            return RGB(red: red, green: green, blue: blue)
        case 16..<232:
            let cube = index - 16
            return RGB(red: cubeLevels[cube / 36], green: cubeLevels[cube / 6 % 6], blue: cubeLevels[cube % 6])
        default:
            let grey = 8 + 10 * (index - 232)
            return RGB(red: grey, green: grey, blue: grey)
        }
    }

    private static let standard: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    private static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// Squared distance, with green weighted most and blue least, as the eye sees them.
    private static func distance(_ a: RGB, _ b: RGB) -> Int {
        let red = a.red - b.red, green = a.green - b.green, blue = a.blue - b.blue
        return 3 * red * red + 4 * green * green + 2 * blue * blue
    }
}

import DossierReader

/// A colour as the settings file gives it: a name ("cyan", "bright-red"), a palette number
/// 0–255, or "#rrggbb". The terminal shows it as the nearest colour it has.
public enum ColorChoice: Hashable, Sendable {
    case palette(Int)
    case rgb(TerminalPalette.RGB)

    /// The names of palette colours 0–15.
    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
        + ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"].map { "bright-" + $0 }

    /// A colour from its name or "#rrggbb"; nil for anything else.
    public init?(text: String) {
        let lowered = text.lowercased()
        if let index = Self.names.firstIndex(of: lowered) {
            self = .palette(index)
        } else if lowered.hasPrefix("#"), lowered.count == 7, let value = Int(lowered.dropFirst(), radix: 16) {
            self = .rgb(TerminalPalette.RGB(red: value >> 16, green: (value >> 8) & 0xFF, blue: value & 0xFF))
        } else {
            return nil
        }
    }

    /// A palette colour from its number; nil outside 0–255.
    public init?(number: Int) {
        guard (0...255).contains(number) else { return nil }
        self = .palette(number)
    }

    /// The colour on a terminal with this palette.
    public func color(in palette: TerminalPalette) -> Style.Color {
        switch self {
        case .palette(let index): palette.nearest(to: Style.Color(index))
        case .rgb(let rgb): palette.nearest(to: rgb)
        }
    }

    /// How the settings file writes it: a name for 0–15, else "#rrggbb" (a palette number is
    /// written as a number by `SettingsPrinter`).
    var name: String? {
        switch self {
        case .palette(let index): Self.names.indices.contains(index) ? Self.names[index] : nil
        case .rgb(let rgb):
            "#" + [rgb.red, rgb.green, rgb.blue].map { String($0, radix: 16).leftPadded(to: 2) }.joined()
        }
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: max(0, length - count)) + self
    }
}

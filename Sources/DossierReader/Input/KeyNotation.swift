/// How keys are written in the settings file, after vim: a character stands for itself and a
/// name in angle brackets for a special key, so "gg" is g twice, "<C-d>" Ctrl-D and "<lt>" the
/// "<" key. Names are case-insensitive: <Space> <Tab> <S-Tab> <Enter> (<CR>) <Esc> <Up> <Down>
/// <Left> <Right> <PageUp> (<PgUp>) <PageDown> (<PgDn>) <Home> <End> <lt> <C-letter>.
public enum KeyNotation {
    /// Why a key sequence could not be read.
    public enum Problem: Error, Hashable, Sendable, CustomStringConvertible {
        case empty
        case unknownName(String)
        case unclosedName(String)

        public var description: String {
            switch self {
            case .empty: "an empty key sequence"
            case .unknownName(let name): "unknown key name <\(name)>"
            case .unclosedName(let text): "'<' without '>' in \"\(text)\" (write <lt> for the < key)"
            }
        }
    }

    /// The keys of a sequence such as "gg", "<C-d>" or "g<Home>".
    public static func sequence(_ text: String) throws(Problem) -> [Key] {
        var keys: [Key] = []
        var rest = Substring(text)
        while let first = rest.first {
            if first == "<" {
                guard let close = rest.firstIndex(of: ">") else { throw .unclosedName(text) }
                let name = String(rest[rest.index(after: rest.startIndex)..<close])
                guard let key = key(named: name) else { throw .unknownName(name) }
                keys.append(key)
                rest = rest[rest.index(after: close)...]
            } else {
                keys.append(.character(first))
                rest = rest.dropFirst()
            }
        }
        guard !keys.isEmpty else { throw .empty }
        return keys
    }

    /// A sequence as the settings file writes it: `sequence(written(keys)) == keys`.
    public static func written(_ keys: [Key]) -> String {
        keys.map(written).joined()
    }

    /// A sequence as the help shows it: "j", "gg", "↓", "Ctrl-D", "PgDn".
    public static func label(_ keys: [Key]) -> String {
        if keys.count == 1 { return label(keys[0]) }
        return keys.map { key in
            if case .character(let character) = key, character != " " { return String(character) }
            return written(key)
        }.joined()
    }

    private static let names: [(name: String, key: Key)] = [
        ("Space", .character(" ")), ("Tab", .tab), ("S-Tab", .backTab), ("Enter", .enter), ("CR", .enter),
        ("Return", .enter), ("Esc", .escape), ("Escape", .escape), ("Up", .up), ("Down", .down), ("Left", .left),
        ("Right", .right), ("PageUp", .pageUp), ("PgUp", .pageUp), ("PageDown", .pageDown), ("PgDn", .pageDown),
        ("Home", .home), ("End", .end), ("BS", .backspace), ("lt", .character("<")),
    ]

    private static func key(named name: String) -> Key? {
        let lowered = name.lowercased()
        if lowered.hasPrefix("c-"), lowered.count == 3, let letter = lowered.last, letter.isASCII, letter.isLetter {
            return .control(letter)
        }
        return names.first { $0.name.lowercased() == lowered }?.key
    }

    private static func written(_ key: Key) -> String {
        switch key {
        case .character(let character):
            if character == " " { return "<Space>" }
            return character == "<" ? "<lt>" : String(character)
        case .control(let letter): return "<C-\(letter)>"
        default: return "<\(names.first { $0.key == key }!.name)>"
        }
    }

    private static func label(_ key: Key) -> String {
        switch key {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .control(let letter): "Ctrl-\(letter.uppercased())"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "BS"
        }
    }
}

import DossierKit
import DossierReader

/// Writes settings as a settings file, every setting with a comment that says what it does
/// and what it can be: `dossier --print-config` prints the defaults this way, and the file
/// reads back to the same settings.
enum SettingsPrinter {
    static func text(of settings: Settings) -> String {
        var lines = [
            "# Dossier's settings, read from $XDG_CONFIG_HOME/dossier/config.toml",
            "# (~/.config/dossier/config.toml when XDG_CONFIG_HOME is not set).",
            "# `dossier --print-config` prints the defaults; a setting left out keeps its default.",
            "",
            "# The mouse: a click focuses a pane and opens the article, selects the entity or the",
            "# mention under it; the wheel scrolls the pane under the pointer; a click on the status",
            "# line's entity name opens its mentions. `dossier --no-mouse` turns it off for one run.",
            "mouse = \(settings.mouse)",
            "",
            "# The article list's order when the reader opens: \(quotedChoices(Settings.Sort.allCases.map(\.rawValue))).",
            "sort = \(quoted(settings.sort.rawValue))",
            "",
            "# The entity kinds whose mentions are highlighted in the text, of",
            "# \(quotedChoices(EntityKind.allCases.map(\.rawValue))).",
            "highlight = [\(EntityKind.allCases.filter(settings.highlighted.contains).map { quoted($0.rawValue) }.joined(separator: ", "))]",
            "",
            "# The colour of each entity kind: a name (black, red, green, yellow, blue, magenta, cyan,",
            "# white, or one of these after \"bright-\"), a number 0-255, or \"#rrggbb\". The terminal",
            "# shows the nearest colour it has (of 8, 16 or 256). NO_COLOR set and not empty turns",
            "# colours off; bold, underline and reverse video stay.",
            "[colors]",
        ]
        for kind in EntityKind.allCases {
            let color = settings.colors[kind] ?? Settings.defaults.colors[kind]!
            let value: String = switch color {
            case .palette(let index): color.name.map(quoted) ?? String(index)
            case .rgb: quoted(color.name!)
            }
            lines.append("\(kind.rawValue) = \(value)")
        }
        let allowed = PaneWidths.listRange
        lines += [
            "",
            "# The widths of the side panes in percent of the screen, \(allowed.lowerBound) to \(allowed.upperBound) each; the text",
            "# pane has the rest, at least \(PaneWidths.textMinimum).",
            "[panes]",
            "articles = \(settings.paneWidths.articles)",
            "entities = \(settings.paneWidths.entities)",
            "",
            "# The keys of each command: a key or a list of keys. A character stands for itself; a",
            "# special key is written in angle brackets: <Space> <Tab> <S-Tab> <Enter> <Esc> <Up>",
            "# <Down> <Left> <Right> <PageUp> <PageDown> <Home> <End> <lt> (the < key), <C-d> (Ctrl-D).",
            "# A sequence such as \"gg\" is typed key after key; its first key waits for the next.",
            "# Keys given to one command are taken away from the others' defaults; [] unbinds.",
            "[keys]",
        ]
        for command in KeyMap.commands {
            let sequences = settings.keys[command.name] ?? []
            lines.append("# \(command.help)")
            lines.append("\(command.name) = [\(sequences.map { quoted(KeyNotation.written($0)) }.joined(separator: ", "))]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A TOML basic string.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// "\"a\", \"b\" or \"c\"".
    private static func quotedChoices(_ words: [String]) -> String {
        let quotedWords = words.map(quoted)
        return quotedWords.dropLast().joined(separator: ", ") + " or " + quotedWords.last!
    }
}

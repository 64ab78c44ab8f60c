import DossierKit
import DossierReader
import TOMLKit

/// Reads settings from the text of a settings file. A syntax error leaves every setting at
/// its default; an unknown key or a bad value is reported with its line and leaves that
/// setting at its default, the rest of the file applying.
enum SettingsParser {
    static func parse(_ text: String, file: String) -> (settings: Settings, problems: [SettingsProblem]) {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let message = error.description.prefix(1).lowercased() + error.description.dropFirst()
            return (.defaults, [SettingsProblem(file: file, line: error.source.begin.line, message: message + "; the defaults apply")])
        } catch {
            return (.defaults, [SettingsProblem(file: file, line: nil, message: "\(error)")])
        }
        var reading = Reading(file: file, lines: TOMLKeyLines(text))
        let settings = reading.settings(from: table)
        return (settings, reading.problems.sorted { ($0.line ?? 0) < ($1.line ?? 0) })
    }

    /// One reading of a file: the problems found so far, each with its line.
    private struct Reading {
        let file: String
        let lines: TOMLKeyLines
        var problems: [SettingsProblem] = []

        mutating func report(_ path: [String], _ message: String) {
            problems.append(SettingsProblem(file: file, line: lines.line(of: path), message: message))
        }

        /// The keys of a table in the order the file gives them.
        func keys(of table: TOMLTable, at path: [String]) -> [String] {
            table.keys.sorted { (lines.line(of: path + [$0]) ?? 0) < (lines.line(of: path + [$1]) ?? 0) }
        }

        mutating func settings(from table: TOMLTable) -> Settings {
            var settings = Settings.defaults
            for key in keys(of: table, at: []) {
                guard let value = table[key] else { continue }
                switch key {
                case "mouse":
                    if let mouse = value.bool { settings.mouse = mouse } else {
                        report([key], "mouse must be true or false, not \(Self.shown(value))")
                    }
                case "sort":
                    if let sort = value.string.flatMap(Settings.Sort.init(rawValue:)) { settings.sort = sort } else {
                        report([key], "sort must be \(Self.choices(Settings.Sort.allCases.map(\.rawValue))), not \(Self.shown(value))")
                    }
                case "highlight": settings.highlighted = highlighted(value) ?? settings.highlighted
                case "colors": colors(value, into: &settings.colors)
                case "panes": settings.paneWidths = paneWidths(value) ?? settings.paneWidths
                case "keys": settings.keys = Settings.keys(of: KeyBindings(overriding: keyOverrides(value)))
                default:
                    report([key], "unknown setting '\(key)' (the settings are mouse, sort, highlight, [colors], [panes] and [keys])")
                }
            }
            return settings
        }

        private mutating func highlighted(_ value: any TOMLValueConvertible) -> Set<EntityKind>? {
            let names = Self.strings(value)
            let kinds = names?.compactMap(EntityKind.init(rawValue:))
            guard let names, let kinds, kinds.count == names.count else {
                report(["highlight"], "highlight must be a list of entity kinds from \(Self.kindNames), not \(Self.shown(value))")
                return nil
            }
            return Set(kinds)
        }

        private mutating func colors(_ value: any TOMLValueConvertible, into colors: inout [EntityKind: ColorChoice]) {
            guard let table = value.table else { return report(["colors"], "colors must be a table: [colors] then person = \"cyan\"") }
            for name in keys(of: table, at: ["colors"]) {
                let path = ["colors", name]
                guard let kind = EntityKind(rawValue: name) else {
                    report(path, "unknown entity kind '\(name)' in [colors] (the kinds are \(Self.kindNames))")
                    continue
                }
                let entry = table[name]
                if let color = entry?.string.flatMap(ColorChoice.init(text:)) ?? entry?.int.flatMap(ColorChoice.init(number:)) {
                    colors[kind] = color
                } else {
                    report(path, "colors.\(name) must be a colour name (such as cyan or bright-red), a number 0-255 or \"#rrggbb\", not \(entry.map(Self.shown) ?? "nothing")")
                }
            }
        }

        private mutating func paneWidths(_ value: any TOMLValueConvertible) -> PaneWidths? {
            guard let table = value.table else {
                report(["panes"], "panes must be a table: [panes] then articles = 25")
                return nil
            }
            var widths = Settings.defaults.paneWidths
            let allowed = PaneWidths.listRange
            for name in keys(of: table, at: ["panes"]) {
                let path = ["panes", name]
                guard name == "articles" || name == "entities" else {
                    report(path, "unknown pane '\(name)' in [panes] (the side panes are articles and entities)")
                    continue
                }
                guard let entry = table[name], let percent = entry.int, allowed.contains(percent) else {
                    report(path, "panes.\(name) must be a percentage of the screen from \(allowed.lowerBound) to \(allowed.upperBound), not \(table[name].map(Self.shown) ?? "nothing")")
                    continue
                }
                if name == "articles" { widths.articles = percent } else { widths.entities = percent }
            }
            let text = 100 - widths.articles - widths.entities
            guard text >= PaneWidths.textMinimum else {
                report(["panes"], "panes leave the text \(text)% of the screen; it needs at least \(PaneWidths.textMinimum)%")
                return nil
            }
            return widths
        }

        /// The commands the file binds, by name; a bad binding is reported and left out.
        private mutating func keyOverrides(_ value: any TOMLValueConvertible) -> [String: [[Key]]] {
            guard let table = value.table else {
                report(["keys"], "keys must be a table: [keys] then quit = [\"q\"]")
                return [:]
            }
            var overrides: [String: [[Key]]] = [:]
            var owners: [[Key]: String] = [:]
            names: for name in keys(of: table, at: ["keys"]) {
                let path = ["keys", name]
                guard KeyMap.command(named: name) != nil else {
                    report(path, "unknown command '\(name)' in [keys] (dossier --print-config lists them)")
                    continue
                }
                guard let entry = table[name], let texts = Self.strings(entry) else {
                    report(path, "keys.\(name) must be a key or a list of keys, such as [\"j\", \"<Down>\"], not \(table[name].map(Self.shown) ?? "nothing")")
                    continue
                }
                var sequences: [[Key]] = []
                for text in texts {
                    let sequence: [Key]
                    do {
                        sequence = try KeyNotation.sequence(text)
                    } catch {
                        report(path, "keys.\(name): \(error)")
                        continue names
                    }
                    if let owner = owners[sequence], owner != name {
                        report(path, "\"\(text)\" is bound to both \(owner) and \(name)")
                        continue names
                    }
                    if !sequences.contains(sequence) { sequences.append(sequence) }
                }
                for sequence in sequences { owners[sequence] = name }
                overrides[name] = sequences
            }
            return overrides
        }

        static let kindNames = choices(EntityKind.allCases.map(\.rawValue))

        /// "a, b or c".
        static func choices(_ words: [String]) -> String {
            words.count < 2 ? words.joined() : words.dropLast().joined(separator: ", ") + " or " + words.last!
        }

        /// A string, or a list of strings, as a list; nil for anything else.
        static func strings(_ value: any TOMLValueConvertible) -> [String]? {
            if let string = value.string { return [string] }
            guard let array = value.array else { return nil }
            let strings = array.compactMap(\.string)
            return strings.count == array.count ? strings : nil
        }

        /// A value as a message quotes it: "yes" with its quotes, 3, or its type.
        static func shown(_ value: any TOMLValueConvertible) -> String {
            if let string = value.string { return "\"\(string)\"" }
            if let int = value.int { return String(int) }
            if let bool = value.bool { return String(bool) }
            switch value.type {
            case .table: return "a table"
            case .array: return "a list"
            case .double: return "a fractional number"
            default: return "a date or time"
            }
        }
    }
}

import DossierKit
import DossierReader
import Foundation
import Testing
@testable import DossierSettings

@Suite struct SettingsTests {
    let file = "/home/reader/.config/dossier/config.toml"

    func parse(_ text: String) -> (settings: Settings, problems: [String]) {
        let (settings, problems) = SettingsFile.parse(text, file: file)
        return (settings, problems.map(\.description))
    }

    @Test func aGoodFileSetsEverything() {
        let (settings, problems) = parse("""
            # comments are fine
            mouse = false
            sort = "title"
            highlight = ["person", "place"]

            [colors]
            person = "bright-red"
            country = 208
            organization = "#00ff00"

            [panes]
            articles = 30
            entities = 15

            [keys]
            next-mention = ["j", "<C-n>"]
            top = "gg"
            rescan = []
            """)
        #expect(problems.isEmpty)
        #expect(settings.mouse == false)
        #expect(settings.sort == .title)
        #expect(settings.highlighted == [.person, .place])
        #expect(settings.colors[.person] == .palette(9))
        #expect(settings.colors[.country] == .palette(208))
        #expect(settings.colors[.organization] == .rgb(TerminalPalette.RGB(red: 0, green: 255, blue: 0)))
        #expect(settings.colors[.place] == Settings.defaults.colors[.place])
        #expect(settings.paneWidths == PaneWidths(articles: 30, entities: 15))
        let bindings = settings.keyBindings
        #expect(bindings.action(for: [.character("j")]) == .nextMention)
        #expect(bindings.action(for: [.control("n")]) == .nextMention)
        #expect(bindings.action(for: [.down]) == .moveDown) // j was taken from move-down, ↓ stays
        #expect(bindings.action(for: [.character("n")]) == nil)
        #expect(bindings.action(for: [.character("g"), .character("g")]) == .top)
        #expect(bindings.action(for: [.character("g")]) == nil)
        #expect(bindings.isPrefix([.character("g")]))
        #expect(bindings.binding(of: .rescan)?.sequences.isEmpty == true)
        #expect(bindings.action(for: [.character("q")]) == .quit)
    }

    @Test func anEmptyFileIsTheDefaults() {
        #expect(parse("") == (Settings.defaults, []))
        #expect(parse("# nothing set\n\n") == (Settings.defaults, []))
    }

    @Test func aSyntaxErrorNamesTheLineAndKeepsTheDefaults() {
        let (settings, problems) = parse("mouse = false\n\n[keys]\nquit = [\"x\"\n")
        #expect(settings == .defaults)
        #expect(problems.count == 1)
        #expect(problems[0].hasPrefix(file + ":4: error while parsing array"), "\(problems)")
        #expect(problems[0].hasSuffix("; the defaults apply"))
        let unquoted = parse("sort = date\n").problems
        #expect(unquoted.count == 1 && unquoted[0].hasPrefix(file + ":1: "))
    }

    @Test func eachBadValueNamesItsLineAndTheRestStillApplies() {
        let (settings, problems) = parse("""
            mouse = "yes"
            sort = "size"
            highlight = ["person", "people"]
            colour = "red"

            [colors]
            person = "orange"
            place = 300
            planet = "blue"
            country = "#0000ff"

            [panes]
            articles = 70
            entities = 12

            [keys]
            jump = ["J"]
            top = ["<Hoem>"]
            bottom = 5
            next-mention = ["x"]
            previous-mention = ["x"]
            """)
        #expect(problems == [
            file + ":1: mouse must be true or false, not \"yes\"",
            file + ":2: sort must be date, title or source, not \"size\"",
            file + ":3: highlight must be a list of entity kinds from person, country, organization or place, not a list",
            file + ":4: unknown setting 'colour' (the settings are mouse, sort, highlight, [colors], [panes] and [keys])",
            file + ":7: colors.person must be a colour name (such as cyan or bright-red), a number 0-255 or \"#rrggbb\", not \"orange\"",
            file + ":8: colors.place must be a colour name (such as cyan or bright-red), a number 0-255 or \"#rrggbb\", not 300",
            file + ":9: unknown entity kind 'planet' in [colors] (the kinds are person, country, organization or place)",
            file + ":13: panes.articles must be a percentage of the screen from 10 to 50, not 70",
            file + ":17: unknown command 'jump' in [keys] (dossier --print-config lists them)",
            file + ":18: keys.top: unknown key name <Hoem>",
            file + ":19: keys.bottom must be a key or a list of keys, such as [\"j\", \"<Down>\"], not 5",
            file + ":21: \"x\" is bound to both next-mention and previous-mention",
        ])
        // What was good still applies.
        #expect(settings.colors[.country] == .rgb(TerminalPalette.RGB(red: 0, green: 0, blue: 255)))
        #expect(settings.paneWidths == PaneWidths(articles: 25, entities: 12))
        #expect(settings.keyBindings.action(for: [.character("x")]) == .nextMention)
        #expect(settings.keyBindings.action(for: [.character("N")]) == .previousMention)
        // And what was bad keeps its default.
        #expect(settings.mouse == Settings.defaults.mouse)
        #expect(settings.sort == Settings.defaults.sort)
        #expect(settings.highlighted == Settings.defaults.highlighted)
        #expect(settings.colors[.person] == Settings.defaults.colors[.person])
        #expect(settings.keyBindings.action(for: [.character("g")]) == .top)
        #expect(settings.keyBindings.action(for: [.character("G")]) == .bottom)
    }

    @Test func panesThatLeaveTooLittleTextAreRefused() {
        let (settings, problems) = parse("[panes]\narticles = 45\nentities = 40\n")
        #expect(problems == [file + ":1: panes leave the text 15% of the screen; it needs at least 30%"])
        #expect(settings.paneWidths == Settings.defaults.paneWidths)
        // The least the reader's layout gives the text is the least the file may give it.
        #expect(parse("[panes]\narticles = 40\nentities = 35\n").problems
            == [file + ":1: panes leave the text 25% of the screen; it needs at least 30%"])
        #expect(parse("[panes]\nunknown = 3\n").problems
            == [file + ":2: unknown pane 'unknown' in [panes] (the side panes are articles and entities)"])
        #expect(parse("panes = 3\n").problems == [file + ":1: panes must be a table: [panes] then articles = 25"])
    }

    @Test func dottedAndQuotedKeysAreFoundOnTheirLines() {
        let problems = parse("mouse = true\ncolors.person = \"nope\"\n\n[keys]\n\"top\" = \"<Nope>\"\n").problems
        #expect(problems.map { $0.components(separatedBy: ": ")[0] } == [file + ":2", file + ":5"])
    }

    @Test func rgbColoursGoToTheNearestOfTheTerminalsColours() {
        let settings = parse("[colors]\nperson = \"#ff8800\"\ncountry = \"#ff0000\"\nplace = 196\n").settings
        func colors(_ count: Int) -> [EntityKind: Style.Color] {
            settings.theme(usesColor: true, palette: TerminalPalette(colorCount: count)).kindColors
        }
        #expect(colors(8)[.person] == .yellow)
        #expect(colors(8)[.country] == .red)
        #expect(colors(8)[.place] == .red)
        #expect(colors(16)[.country] == Style.Color(9))
        #expect(colors(256)[.person] == Style.Color(208))
        #expect(colors(256)[.country] == Style.Color(196))
        #expect(colors(256)[.place] == Style.Color(196))
        #expect(colors(8)[.organization] == .magenta)
    }

    @Test func noColorTurnsColoursOffButNotTheAttributes() {
        #expect(Settings.forbidsColor(environment: ["NO_COLOR": "1"]))
        #expect(!Settings.forbidsColor(environment: ["NO_COLOR": ""]))
        #expect(!Settings.forbidsColor(environment: [:]))
        let theme = parse("[colors]\nperson = \"red\"\n").settings.theme(usesColor: false, palette: TerminalPalette(colorCount: 256))
        for kind in EntityKind.allCases { #expect(theme.style(for: kind).foreground == nil) }
        #expect(theme.style(for: .person).attributes == .bold)
    }

    @Test func printedDefaultsReadBackToTheDefaults() {
        let text = SettingsFile.text()
        let (settings, problems) = parse(text)
        #expect(problems.isEmpty)
        #expect(settings == .defaults)
        // Every setting and every command is in it, with a comment.
        for command in KeyMap.commands {
            #expect(text.contains("\n# \(command.help)\n\(command.name) = ["), "\(command.name)")
        }
        for key in ["mouse = true", "sort = \"source\"", "highlight = [", "[colors]", "person = \"cyan\"", "[panes]", "articles = 25", "[keys]"] {
            #expect(text.contains(key), "\(key)")
        }
    }

    @Test func printedSettingsReadBackToTheSameSettings() {
        var custom = Settings.defaults
        custom.mouse = false
        custom.sort = .source
        custom.highlighted = [.country]
        custom.colors[.person] = .palette(123)
        custom.colors[.place] = .rgb(TerminalPalette.RGB(red: 1, green: 2, blue: 254))
        custom.paneWidths = PaneWidths(articles: 40, entities: 10)
        custom.keys = Settings.keys(of: KeyBindings(overriding: [
            "quit": [[.character("\"")], [.character("\\")]], "top": [[.character("g"), .character("g")], [.character("<")]],
            "help": [[.character(" ")]], "rescan": [],
        ]))
        let (settings, problems) = parse(SettingsFile.text(of: custom))
        #expect(problems.isEmpty)
        #expect(settings == custom)
    }

    @Test func theFileIsUnderXDGConfigHome() {
        #expect(SettingsFile.path(environment: ["XDG_CONFIG_HOME": "/x/config", "HOME": "/home/a"]) == "/x/config/dossier/config.toml")
        #expect(SettingsFile.path(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/home/a"]) == "/home/a/.config/dossier/config.toml")
        #expect(SettingsFile.path(environment: ["HOME": "/home/a"]) == "/home/a/.config/dossier/config.toml")
    }

    @Test func aMissingFileIsTheDefaultsAndAnUnreadableOneIsReported() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-settings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = SettingsFile.load(path: folder.appendingPathComponent("config.toml").path)
        #expect(missing.settings == .defaults && missing.problems.isEmpty)

        let binary = folder.appendingPathComponent("binary.toml")
        try Data([0x6D, 0x6F, 0x75, 0x73, 0x65, 0x20, 0x3D, 0x20, 0xFF, 0xFE]).write(to: binary)
        #expect(SettingsFile.load(path: binary.path).problems.map(\.description) == [binary.path + ": is not UTF-8 text; the defaults apply"])

        let directory = SettingsFile.load(path: folder.path)
        #expect(directory.settings == .defaults)
        #expect(directory.problems.count == 1)
        #expect(directory.problems.map(\.description) == [folder.path + ": is a folder, not a file; the defaults apply"])

        let good = folder.appendingPathComponent("good.toml")
        try "mouse = false\n".write(to: good, atomically: true, encoding: .utf8)
        #expect(SettingsFile.load(path: good.path).settings.mouse == false)
    }
}
